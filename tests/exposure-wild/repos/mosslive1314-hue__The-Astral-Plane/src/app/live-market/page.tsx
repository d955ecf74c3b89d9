'use client'
import { useEffect } from 'react'
import { useRouter } from 'next/navigation'
import { useAuthStore } from '@/store/auth'
import { Navigation } from '@/components/navigation'
import { RealTimePrice } from '@/components/realtime-price'
import { mockSkills } from '@/lib/mock-data'
export default function LiveMarketPage() {
import { Activity } from 'lucide-react'
