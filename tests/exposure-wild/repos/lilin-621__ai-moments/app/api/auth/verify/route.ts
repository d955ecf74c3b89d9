import { NextResponse } from 'next/server';
import { verifyEmailCode } from '@/lib/captcha';
import { cookies } from 'next/headers';
const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-key-change-in-production';
export async function POST(request: Request) {
      secure: process.env.NODE_ENV === 'production',
export async function GET(request: Request) {
export async function DELETE(request: Request) {
