import { supabase } from '../lib/supabase';
import type { Profile } from '../lib/supabase';
export type ProfileUpdate = Partial<
export async function updateProfile(userId: string, patch: ProfileUpdate): Promise<Profile> {
export async function uploadAvatar(userId: string, file: File): Promise<string> {
export function formatGithubDisplay(github: string | null | undefined): string | null {
