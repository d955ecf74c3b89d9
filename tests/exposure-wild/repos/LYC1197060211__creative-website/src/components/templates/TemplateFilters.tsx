'use client'
import { useState } from 'react'
import { TemplateFilter, TemplateCategory, TemplateDifficulty } from '@/types/template'
import { Input } from '@/components/ui/Input'
import { Button } from '@/components/ui/Button'
export function TemplateFilters({
