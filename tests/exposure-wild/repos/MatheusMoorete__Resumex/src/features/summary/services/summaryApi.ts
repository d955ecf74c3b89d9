import { buildAuthHeaders } from '../../auth/services/authClient';
export interface SavedSummary {
export interface SummaryDraft {
const supabaseUrl = import.meta.env.VITE_SUPABASE_URL;
const supabaseKey = import.meta.env.VITE_SUPABASE_PUBLISHABLE_KEY;
const isMock = !supabaseUrl || !supabaseKey || (import.meta.env.DEV && import.meta.env.VITE_E2E_MOCK === 'true');
export async function listSummaries(): Promise<SavedSummary[]> {
export async function findSummaryByHash(contentHash: string): Promise<SavedSummary | null> {
export async function createSummary(draft: SummaryDraft): Promise<SavedSummary> {
export async function deleteSummary(id: string): Promise<void> {
export async function updateSummary(
export function getStoredUserTags(): string[] {
export function saveStoredUserTag(tag: string): string[] {
export function deleteStoredUserTag(tag: string): string[] {
