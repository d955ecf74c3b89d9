'use client'
import { useState } from 'react'
import { Project } from '@/types/project'
import { Card } from '@/components/ui/Card'
import { Badge } from '@/components/ui/Badge'
import { Button } from '@/components/ui/Button'
import { useProjects } from '@/hooks/useProjects'
export function ProjectCard({ project, viewMode, onEdit, onDelete, onToggleFeatured }: ProjectCardProps) {
