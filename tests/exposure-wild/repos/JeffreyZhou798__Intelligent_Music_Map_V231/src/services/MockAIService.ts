import type { 
} from '@/types'
import { MusicAnalysisEngine, type StructureRelationship } from './MusicAnalysisEngine'
export class MockAIService {
