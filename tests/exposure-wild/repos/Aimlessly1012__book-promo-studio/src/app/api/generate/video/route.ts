import { NextRequest, NextResponse } from 'next/server';
export const maxDuration = 30;
  const apiKey = process.env.DOUBAO_API_KEY;
export async function POST(req: NextRequest) {
export async function GET(req: NextRequest) {
