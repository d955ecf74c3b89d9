import { useRequestFetch } from '#app'
import { ref, shallowRef, type Ref } from 'vue'
import type { NoteAIEvaluation, NoteAICompression } from './types'
export type NoteEvaluationResult = NoteAIEvaluation
export type NoteCompressionResult = NoteAICompression
export const useNoteAIInsights = () => {
