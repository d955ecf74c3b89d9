import { NextResponse } from 'next/server'
import { supabaseAdmin } from '@/lib/database'
export async function POST() {
export async function GET() {
