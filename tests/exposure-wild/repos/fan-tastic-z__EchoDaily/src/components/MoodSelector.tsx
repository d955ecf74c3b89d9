import { useState, useEffect } from 'react'
import { MOOD_OPTIONS, type MoodType } from '../types'
import { upsertEntryMood } from '../lib/api'
import { Sparkles, X } from 'lucide-react'
export function MoodSelector({ entryDate, currentMood, onMoodChange, compact = false }: Props) {
