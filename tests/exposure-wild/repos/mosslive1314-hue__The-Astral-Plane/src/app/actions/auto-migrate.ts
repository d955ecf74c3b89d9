'use server'
import { cookies } from 'next/headers'
export interface AutoMigrationResult {
export async function executeAutoMigration(): Promise<AutoMigrationResult> {
  const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL
  const serviceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY
