import {
} from 'lucide-react'
import { useAppStore } from '../store/useAppStore'
import { addMonths, format, getDaysInMonth } from 'date-fns'
import { useEffect, useState } from 'react'
import { listEntries, searchEntries, getWritingStats } from '../lib/api'
import { MOOD_OPTIONS } from '../types'
import type { DiaryEntry, WritingStats } from '../types'
export function Sidebar() {
