'use client'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button, Input, Card, CardContent, CardHeader, Badge, Modal } from '@/components/ui'
import { useAuth } from '@/hooks/useAuth'
import { useCreativeIdeas } from '@/hooks/useCreativeIdeas'
import { CreativeForm } from '@/components/creative/CreativeForm'
import {
} from 'lucide-react'
export default function TestPage() {
                  <span className="text-sm text-gray-600">GLM-4.6 API</span>
                  <span className="font-medium">GLM-4.6</span>
