import { createClient } from '@supabase/supabase-js'
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL!
const supabaseAnonKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
const supabaseServiceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY!
export const supabase = createClient(supabaseUrl, supabaseAnonKey)
export const supabaseAdmin = supabaseServiceRoleKey
export interface DatabaseUser {
export interface DatabaseAgent {
export async function createOrUpdateUser(secondmeId: string, userInfo: {
export async function getUserAgent(userId: string): Promise<DatabaseAgent | null> {
export async function getUserBySecondMeId(secondmeId: string): Promise<DatabaseUser | null> {
