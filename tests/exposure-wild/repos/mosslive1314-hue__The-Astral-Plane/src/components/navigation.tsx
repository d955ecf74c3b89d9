'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { cn } from '@/lib/utils'
import { useAuthStore } from '@/store/auth'
import { User, Command, ShoppingBag, Wand2, LogOut, Coins, Shield, Star, Briefcase, MessageSquare, Brain } from 'lucide-react'
import { HoverCard, HoverCardContent, HoverCardTrigger } from '@/components/ui/hover-card'
import { MarketTicker, CREATION_TICKER_ITEMS, VALUE_TICKER_ITEMS } from '@/components/dashboard/market-ticker'
export function Navigation() {
