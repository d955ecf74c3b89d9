'use client'
import { useState, useEffect, useRef } from 'react'
import { Bell, X, Check, Package, MessageSquare, TrendingUp, AlertCircle } from 'lucide-react'
import { Card, CardContent } from '@/components/ui/card'
import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { useAuthStore } from '@/store/auth'
import { supabase } from '@/lib/database'
export function NotificationsPanel() {
