import { personaFeedbackFrameworks, generatePersonaPrompt } from './persona-feedback-frameworks';
import { personas } from './personas';
export const personaEvaluationExamples = {
export const feedbackComparison = {
export function demonstratePersonaPrompts() {
export default {
