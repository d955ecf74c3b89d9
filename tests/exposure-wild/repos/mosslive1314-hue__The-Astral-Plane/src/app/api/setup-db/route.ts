import { NextResponse } from 'next/server'
import { Client } from 'pg'
export async function GET() {
    connectionString: process.env.DATABASE_URL || connectionString,
