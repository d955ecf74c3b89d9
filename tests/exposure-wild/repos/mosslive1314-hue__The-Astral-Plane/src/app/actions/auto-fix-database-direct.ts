'use server'
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL!
const serviceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY!
export async function autoFixDatabaseDirect(): Promise<{ success: boolean; message: string; details: any[] }> {
