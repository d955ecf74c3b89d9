'use server'
import { supabaseAdmin } from '@/lib/supabase-admin'
import type { DatabaseUser, DatabaseAgent } from '@/lib/database'
import type { Agent, AgentSkill, Achievement } from '@/types'
export async function syncUser(secondmeId: string, userInfo: {
export async function getAgentFullDetails(userId: string): Promise<Agent | null> {
