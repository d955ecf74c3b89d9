import type { MissingInfo, TripContextField } from './contextValidator'
export type QuestionType = 'text' | 'choice' | 'date' | 'number' | 'multi-choice'
export interface Question {
export interface QuestionSequence {
export interface QuestionGeneratorOptions {
export class QuestionGenerator {
export const questionGenerator = new QuestionGenerator()
export function generateQuestions(
