import { PerspectiveHistory, TrackType } from '../types';
export function isTooSimilar(
export function filterRecentHistory(
export function addToHistory(
export function loadHistory(): PerspectiveHistory[] {
export function saveHistory(history: PerspectiveHistory[]): void {
export function getLateNightStreak(history: PerspectiveHistory[]): number {
export function getMinutesSinceLast(history: PerspectiveHistory[]): number {
export function getSessionCountToday(history: PerspectiveHistory[]): number {
