import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { VocabularyProgress, LearningProgress } from '@/types'
export const useProgressStore = defineStore('progress', () => {
