'use client'
import { useState } from 'react'
import { Button, Card, CardContent, CardHeader, Badge } from '@/components/ui'
import { TemplateForm } from '@/components/templates/TemplateForm'
import { TemplateCard } from '@/components/templates/TemplateCard'
import { TemplateStats } from '@/components/templates/TemplateStats'
import { TemplateFilters } from '@/components/templates/TemplateFilters'
import { useTemplates } from '@/hooks/useTemplates'
export function TemplatesContent() {
