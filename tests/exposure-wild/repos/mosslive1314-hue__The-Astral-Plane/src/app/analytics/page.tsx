'use client'
import { useEffect, useState } from 'react'
import { Navigation } from '@/components/navigation'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Badge } from '@/components/ui/badge'
import { 
} from 'lucide-react'
import { useAuthStore } from '@/store/auth'
import { supabase } from '@/lib/database'
export default function AnalyticsPage() {
