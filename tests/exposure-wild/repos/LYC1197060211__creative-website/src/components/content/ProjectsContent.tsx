'use client'
import { useState } from 'react'
import { Button, Card, CardContent, CardHeader, Badge } from '@/components/ui'
import { ProjectForm } from '@/components/projects/ProjectForm'
import { ProjectCard } from '@/components/projects/ProjectCard'
import { ProjectStats } from '@/components/projects/ProjectStats'
import { ProjectFilters } from '@/components/projects/ProjectFilters'
import { useProjects } from '@/hooks/useProjects'
export function ProjectsContent() {
