import { buildAuthHeaders } from '../../auth/services/authClient';
import type { Flashcard, FlashcardDeck, FlashcardDraft, ScheduledReview } from '../domain/flashcards';
export type { Flashcard, FlashcardDeck, FlashcardDraft, ScheduledReview };
const supabaseUrl = import.meta.env.VITE_SUPABASE_URL;
const supabaseKey = import.meta.env.VITE_SUPABASE_PUBLISHABLE_KEY;
const isMock = import.meta.env.DEV && import.meta.env.VITE_E2E_MOCK === 'true';
export async function listDecks(): Promise<FlashcardDeck[]> {
export async function createDeck(name: string): Promise<FlashcardDeck> {
export async function deleteDeck(deckId: string) {
export async function listCards(deckId: string): Promise<Flashcard[]> {
export async function listTodayReviews(): Promise<Array<{ state: number }>> {
export async function createCards(deckId: string, drafts: FlashcardDraft[]): Promise<Flashcard[]> {
export async function updateCard(cardId: string, draft: FlashcardDraft): Promise<Flashcard> {
export async function deleteCard(cardId: string) {
export async function recordReview(
