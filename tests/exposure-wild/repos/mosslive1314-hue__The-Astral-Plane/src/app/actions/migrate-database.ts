'use server'
import { supabase } from '@/lib/database'
export interface MigrationResult {
  const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL
  const serviceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY
export async function executeDatabaseMigration(): Promise<MigrationResult> {
export async function checkMigrationStatus(): Promise<{
export async function testSupabaseConnection(): Promise<{
