'use client'
import { useCallback, useRef, useState, useEffect } from 'react'
import ForceGraph2D from 'react-force-graph-2d'
import { Card } from '@/components/ui/card'
import { Button } from '@/components/ui/button'
import { toast } from 'sonner'
import { Sparkles, X, Zap, FlaskConical, Atom } from 'lucide-react'
import { useAuthStore } from '@/store/auth'
export function MediciGraph() {
