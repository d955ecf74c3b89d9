import { useCallback, useEffect, useRef } from 'react'
import { useAppStore } from '../store/useAppStore'
import { upsertEntry } from '../lib/api'
import type { ProseMirrorNode } from '../types'
export function useAutosave() {
