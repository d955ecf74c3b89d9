import type { Annotation, DatasetImage } from "../types";
export function joinAnnotationSegments(
export function joinNaturalLanguageAnnotationSegments(before: string, after: string) {
export function mergeNaturalLanguageAnnotation(
export function getAnnotationForProfile(
export function getAnnotationText(image: DatasetImage, profileId: number): string {
export function getInstructionText(annotation: Annotation | undefined): string {
