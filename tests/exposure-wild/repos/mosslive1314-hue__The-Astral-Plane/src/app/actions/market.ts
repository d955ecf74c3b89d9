'use server'
import { supabaseAdmin } from '@/lib/supabase-admin'
import { revalidatePath } from 'next/cache'
export type TransactionResult = {
export async function buySkill(
export async function rentSkill(
export async function publishSkillToMarket(
