import type { MusicXMLData, MusicStructure, Note, Measure } from '@/types'
import { StructureLevel } from '@/types'
export interface PitchSequence {
export interface RhythmSequence {
export interface StructureAnalysis {
export interface StructureRelationship {
export interface PatternMatch {
export class MusicAnalysisEngine {
