import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { verifyToken } from '../auth/verify/route';
import { 
} from '@/lib/supabase';
import { createAICommentTasks } from '@/lib/scheduler';
import { CreatePostRequest, UpdatePostRequest, PostListQuery } from '@/types';
export async function GET(request: Request) {
export async function POST(request: Request) {
export async function PUT(request: Request) {
export async function DELETE(request: Request) {
