'use client'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { Project, ProjectFilter, ProjectFormData, ProjectCategory, ProjectStatus } from '@/types/project'
import { Project as DatabaseProject } from '@/types/database'
import { useAuth } from './useAuth'
    description: '基于GLM-4.6的智能创意优化平台，帮助用户提升创意质量和实施可行性',
    content: '这是一个集成了最新AI技术的创意管理平台，通过GLM-4.6大语言模型为用户提供创意优化、技术栈推荐、实施计划生成等服务。平台采用Next.js 14构建，具有现代化的用户界面和完善的用户体验。',
    tags: ['AI', 'GLM-4.6', '创意管理', 'Next.js'],
    technologies: ['Next.js', 'TypeScript', 'Tailwind CSS', 'Zustand', 'GLM API'],
export const useProjects = create<ProjectStore>()(
