import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { verifyToken } from '../auth/verify/route';
import { getUserByEmail, supabaseAdmin, updatePostCommentCount } from '@/lib/supabase';
import { CreateCommentRequest, CommentListQuery } from '@/types';
export async function GET(request: Request) {
export async function POST(request: Request) {
export async function DELETE(request: Request) {
