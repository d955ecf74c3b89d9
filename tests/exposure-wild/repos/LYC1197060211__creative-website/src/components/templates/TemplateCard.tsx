'use client'
import { useState } from 'react'
import { Template } from '@/types/template'
import { Card } from '@/components/ui/Card'
import { Badge } from '@/components/ui/Badge'
import { Button } from '@/components/ui/Button'
import { Rating } from './Rating'
export function TemplateCard({ template, viewMode, onEdit, onDelete, onToggleFeatured, onUse }: TemplateCardProps) {
