'use client'
import { useEffect } from 'react'
import { useRouter, useSearchParams } from 'next/navigation'
import { useAuthStore } from '@/store/auth'
import { exchangeCodeForToken, getSecondMeUserInfo } from '@/app/actions/oauth2'
import { createOrUpdateUser } from '@/lib/database'
import { toast } from 'sonner'
export default function AuthCallbackPage() {
