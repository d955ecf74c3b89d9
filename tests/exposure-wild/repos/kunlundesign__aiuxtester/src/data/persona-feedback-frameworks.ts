import { Persona } from '@/types';
export interface PersonaFeedbackFramework {
export const personaFeedbackFrameworks: PersonaFeedbackFramework[] = [
export function generatePersonaPrompt(persona: Persona, framework: PersonaFeedbackFramework, context: {
