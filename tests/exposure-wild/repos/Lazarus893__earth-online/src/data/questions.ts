import type { DimensionKey } from '../App'
export interface QuestionOption {
export interface Question {
export const QUESTIONS: Question[] = [
export const PRIORITY_MAP: Record<string, DimensionKey> = {
export type Difficulty = 'easy' | 'medium' | 'hard' | 'casual'
export const DIFFICULTY_MAP: Record<string, Difficulty> = {
