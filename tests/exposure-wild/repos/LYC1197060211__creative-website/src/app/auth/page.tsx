'use client'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import Link from 'next/link'
import { useAuth } from '@/hooks/useAuth'
import { Button, Input } from '@/components/ui'
import { Eye, EyeOff, Mail, Lock, User, AlertCircle } from 'lucide-react'
export default function AuthPage() {
