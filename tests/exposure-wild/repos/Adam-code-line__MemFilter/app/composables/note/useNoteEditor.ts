import type { FadeLevel, ImportanceLevel, NoteEditorOptions, NoteSavePayload } from './types'
export const useNoteEditor = (options: NoteEditorOptions = {}) => {
