import { invoke } from '@tauri-apps/api/core'
import type {
} from '../types'
export async function initDb(): Promise<void> {
export async function upsertEntry(entryDate: string, contentJson: string): Promise<DiaryEntry> {
export async function getEntry(entryDate: string): Promise<DiaryEntry | null> {
export async function listEntries(month: string): Promise<DiaryEntry[]> {
export async function deleteEntry(entryDate: string): Promise<boolean> {
export async function aiPolish(
export async function saveAISettings(settings: {
export async function getAISettings(): Promise<AISettings | null> {
export async function listAIOperations(entryId: string): Promise<AIOperation[]> {
export async function textToSpeech(options: {
export async function listTTSVoices(provider?: string): Promise<TTSVoice[]> {
export async function listTTSProviders(): Promise<string[]> {
export async function saveTTSSettings(settings: TTSSettings): Promise<void> {
export async function getTTSSettings(provider?: string): Promise<TTSSettings | null> {
export async function upsertEntryMood(
export async function listEntriesByMood(month: string, mood: string): Promise<DiaryEntry[]> {
export async function searchEntries(query: string): Promise<DiaryEntry[]> {
export async function getWritingStats(): Promise<WritingStats> {
export async function exportData(): Promise<string> {
export async function importData(jsonData: string, options: ImportOptions): Promise<number> {
