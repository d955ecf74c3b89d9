'use client'
import { useState, useEffect } from 'react'
import { useRouter } from 'next/navigation'
import Image from 'next/image'
import { MessageSquare, Plus, HelpCircle, Settings, X, PanelLeftIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import ProfileDropdown from '@/components/profile-dropdown'
import {
} from '@/components/ui/sidebar'
import { cn } from '@/lib/utils'
import { useIsMobile } from '@/hooks/use-mobile'
import { useChat } from '@/lib/chat-context'
export interface Project {
export interface ChatHistory {
export function AppSidebar({
