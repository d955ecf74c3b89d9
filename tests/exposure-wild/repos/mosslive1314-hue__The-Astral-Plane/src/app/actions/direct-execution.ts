'use server'
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL!
const serviceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY!
export async function createMissingComponents(): Promise<{ success: boolean; message: string; details: any[] }> {
export async function checkPgVectorExtension(): Promise<{ success: boolean; exists: boolean; error?: string }> {
export async function checkFunctionExists(functionName: string): Promise<{ success: boolean; exists: boolean; error?: string }> {
