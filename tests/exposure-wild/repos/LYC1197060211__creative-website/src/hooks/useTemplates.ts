'use client'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import {
} from '@/types/template'
export const useTemplates = create<TemplateStore>()(
