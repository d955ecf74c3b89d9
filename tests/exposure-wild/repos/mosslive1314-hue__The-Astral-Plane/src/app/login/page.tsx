'use client'
import { useState, useEffect } from 'react'
import { useRouter } from 'next/navigation'
import { initiateOAuth2Login } from '@/app/actions/oauth2'
import { useAuthStore } from '@/store/auth'
import { ShoppingBag, Lightbulb, TrendingUp, User, Sparkles } from 'lucide-react'
export default function LoginPage() {
