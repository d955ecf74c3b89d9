import { defineStore } from 'pinia'
import { ref, computed } from 'vue'
import type { MusicXMLData, MusicStructure, AudioFileData, StructureEmotion, SimilarityGroup } from '@/types'
export const useMusicStore = defineStore('music', () => {
