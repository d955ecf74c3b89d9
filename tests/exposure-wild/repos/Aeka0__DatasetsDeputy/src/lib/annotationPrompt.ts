export type AnnotationPromptMode = "exact" | "short" | "tag" | "empty";
export interface AnnotationPromptSettings {
export const defaultAnnotationPromptSettings: AnnotationPromptSettings = {
export function generateAnnotationPrompt(settings: AnnotationPromptSettings) {
