'use client'
import { useState, useEffect } from 'react'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Button } from '@/components/ui/button'
import { useAuthStore } from '@/store/auth'
import { getNotes, createNote, updateNote, deleteNote } from '@/lib/notes-api'
import type { Note } from '@/lib/notes-api'
import { Plus, Edit, Trash2, Search, Tag, X, FileText } from 'lucide-react'
export function NotesManager() {
