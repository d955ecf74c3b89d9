import { EmotionLog, EmotionType } from '../types';
export const EMOTION_SCORES: Record<EmotionType, number> = {
export function saveEmotionLog(emotionType: EmotionType, timeSlot: string): EmotionLog {
export function getEmotionLogs(): EmotionLog[] {
export function calculateEmotionalBaseline(): number {
export function analyzeEmotionalPatterns(): string[] {
export function getTodayEmotionClickCount(): number {
