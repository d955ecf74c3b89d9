import { NextResponse } from 'next/server'
const KIMI_API_KEY = process.env.NEXT_PUBLIC_KIMI_API_KEY
export async function POST(request: Request) {
