import { NextRequest, NextResponse } from 'next/server';
import { GitHubService } from '@/lib/services/github';
import type { CodeChange } from '@/types';
export async function POST(request: NextRequest) {
    const token = process.env.GITHUB_TOKEN;
