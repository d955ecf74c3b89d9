    key: 'import',
export const useNoteContent = async () => {
export type NoteImportanceOptions = typeof defaultImportanceOptions
export type NoteFiltersConfig = typeof defaultFilters
export type NoteListConfig = typeof defaultList
export type NoteEmptyState = typeof defaultEmptyState
export type NoteEditorConfig = typeof defaultEditor
