'use server'
import { supabase } from '@/lib/database'
export async function verifyDatabaseStructure(): Promise<DatabaseVerificationResult> {
export async function checkExtensions(): Promise<{ success: boolean; extensions: string[]; missing: string[] }> {
export async function checkFunctions(): Promise<{ success: boolean; functions: string[]; missing: string[] }> {
export async function getDetailedTableInfo(tableName: string) {
