'use server'
import { supabaseAdmin } from '@/lib/supabase-admin'
import { revalidatePath } from 'next/cache'
import type { SkillCategory, SkillRarity } from '@/types'
export type DiscoveryResult = {
export async function discoverSkill(
