'use client'
import { useState, useEffect } from 'react'
import { Template, TemplateFormData, TemplateCategory, TemplateDifficulty, TemplateResource, ResourceType } from '@/types/template'
import { useTemplates } from '@/hooks/useTemplates'
import { Button } from '@/components/ui/Button'
import { Input } from '@/components/ui/Input'
import { Card } from '@/components/ui/Card'
export function TemplateForm({ templateId, onSubmit, onCancel }: TemplateFormProps) {
