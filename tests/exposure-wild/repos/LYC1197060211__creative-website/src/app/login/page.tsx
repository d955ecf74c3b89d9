'use client'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button, Input, Card, CardContent, CardHeader } from '@/components/ui'
import { useAuth } from '@/hooks/useAuth'
export default function LoginPage() {
