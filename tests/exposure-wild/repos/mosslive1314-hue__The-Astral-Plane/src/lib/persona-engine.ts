import { Zap, Brain, Heart, Shield, Target, Sparkles, User, Anchor, Compass } from 'lucide-react'
export interface PersonaTraits {
export interface PersonaBuff {
export interface DigitalPersona {
export function analyzePersona(shades: string[]): DigitalPersona {
