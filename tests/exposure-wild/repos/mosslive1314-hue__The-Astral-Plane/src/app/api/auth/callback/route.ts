import { NextRequest, NextResponse } from 'next/server'
import { exchangeCodeForToken, getSecondMeUserInfo } from '@/app/actions/oauth2'
import { supabaseAdmin } from '@/lib/database'
export async function GET(request: NextRequest) {
  response.cookies.set('secondme_access_token', tokens.accessToken, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 7200 })
  response.cookies.set('secondme_refresh_token', tokens.refreshToken, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 2592000 })
  response.cookies.set('user_id', user.id, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 2592000 })
  response.cookies.set('auth_session', 'active', { httpOnly: false, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 7200 })
