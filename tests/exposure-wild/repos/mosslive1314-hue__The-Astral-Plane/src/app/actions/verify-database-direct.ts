'use server'
import { createClient } from '@supabase/supabase-js'
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL!
const serviceRoleKey = process.env.SUPABASE_SERVICE_ROLE_KEY!
export async function verifyDatabaseStructure(): Promise<DatabaseVerificationResult> {
export async function checkExtensions(): Promise<{ success: boolean; extensions: string[]; missing: string[] }> {
export async function checkFunctions(): Promise<{ success: boolean; functions: string[]; missing: string[] }> {
export async function testExecSqlFunction(): Promise<{ success: boolean; message: string }> {
export async function getDetailedTableInfo(tableName: string) {
