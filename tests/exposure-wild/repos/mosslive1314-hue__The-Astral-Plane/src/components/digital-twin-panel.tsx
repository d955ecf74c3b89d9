'use client'
import { useState, useMemo, useEffect } from 'react'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { 
} from 'lucide-react'
import { useAuthStore } from '@/store/auth'
import { analyzePersona, type DigitalPersona } from '@/lib/persona-engine'
import { getUserShades } from '@/lib/oauth'
export function DigitalTwinPanel() {
