'use client'
import { useState } from 'react'
import { ProjectFilter, ProjectCategory, ProjectStatus } from '@/types/project'
import { Input } from '@/components/ui/Input'
import { Button } from '@/components/ui/Button'
export function ProjectFilters({
