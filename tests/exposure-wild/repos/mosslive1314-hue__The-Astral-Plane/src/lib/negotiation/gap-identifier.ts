import { Gap, GapAnalysisResult, SubDemand, ProgressiveDeliveryResult } from '@/types/gap'
import { AgentOffer } from '@/types/center-tools'
export class GapIdentifier {
export const gapIdentifier = new GapIdentifier()
