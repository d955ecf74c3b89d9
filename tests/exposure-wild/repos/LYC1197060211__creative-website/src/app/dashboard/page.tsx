'use client'
import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import Link from 'next/link'
import { Button, Card, CardContent, CardHeader, Badge } from '@/components/ui'
import { Navbar } from '@/components/layout/Navbar'
import { Sidebar } from '@/components/layout/Sidebar'
import { useAuth } from '@/hooks/useAuth'
import { useCreativeIdeas } from '@/hooks/useCreativeIdeas'
import { useProjects } from '@/hooks/useProjects'
import { useTemplates } from '@/hooks/useTemplates'
export default function DashboardPage() {
                    <p className="text-3xl font-bold text-orange-600">GLM-4.6</p>
                  使用GLM-4.6 AI技术，优化您的创意想法和实施方案
