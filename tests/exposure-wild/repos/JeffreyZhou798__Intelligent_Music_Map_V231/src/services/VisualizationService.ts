import type { VisualMapping, MusicStructure } from '@/types'
export class VisualizationService {
