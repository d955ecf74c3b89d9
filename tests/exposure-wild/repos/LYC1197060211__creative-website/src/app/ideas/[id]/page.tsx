'use client'
import { useState, useEffect } from 'react'
import { useParams, useRouter } from 'next/navigation'
import Link from 'next/link'
import { Button, Card, CardContent, CardHeader, Badge, Modal } from '@/components/ui'
import { useCreativeIdeas } from '@/hooks/useCreativeIdeas'
import { CreativeForm } from '@/components/creative/CreativeForm'
import {
} from 'lucide-react'
export default function IdeaDetailPage() {
