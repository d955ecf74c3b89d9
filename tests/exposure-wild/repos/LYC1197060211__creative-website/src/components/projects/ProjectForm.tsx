'use client'
import { useState, useEffect } from 'react'
import { Project, ProjectFormData, ProjectCategory, ProjectStatus } from '@/types/project'
import { useProjects } from '@/hooks/useProjects'
import { Button } from '@/components/ui/Button'
import { Input } from '@/components/ui/Input'
import { Card } from '@/components/ui/Card'
export function ProjectForm({ projectId, onSubmit, onCancel }: ProjectFormProps) {
