import { acceptHMRUpdate, defineStore } from 'pinia'
import { useNotificationCenter } from '~/composables/notifications/useNotificationCenter'
import { useNotesApi } from '~/composables/note/useNotesApi'
import { IMPORTANCE_METADATA } from '~/composables/note-memory/importanceMetadata'
import type {
} from '~/composables/note/types'
export const useNotesStore = defineStore('notes', () => {
if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useNotesStore, import.meta.hot))
