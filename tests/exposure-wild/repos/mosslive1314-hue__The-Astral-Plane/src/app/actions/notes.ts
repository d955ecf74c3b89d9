'use server'
import { supabaseAdmin } from '@/lib/supabase-admin'
import { revalidatePath } from 'next/cache'
export type Note = {
export async function getNotes(agentId: string) {
export async function createNote(agentId: string, data: Partial<Note> & { category?: 'inspiration' | 'medici' | 'skill' }) {
export async function deleteNote(agentId: string, noteId: string) {
export async function updateNoteTags(agentId: string, noteId: string, newTags: string[]) {
