import type { MemoryFadeLevel, MemoryImportance, MemoryMetaResult } from './types'
import { IMPORTANCE_METADATA } from '../note-memory/importanceMetadata'
export const useMemoryMeta = (
