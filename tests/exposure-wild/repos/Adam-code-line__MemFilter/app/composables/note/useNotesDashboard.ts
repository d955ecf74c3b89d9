import { onServerPrefetch } from '#imports'
import { storeToRefs } from 'pinia'
import { useNotesStore } from '~~/stores/notes'
import { getAIImportanceScore } from './useAIImportanceScore'
import type {
} from './types'
export const useNotesDashboard = (options: NoteDashboardOptions = {}) => {
  if (import.meta.server) {
