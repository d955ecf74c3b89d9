import { HDCVector } from '@/types/hdc'
import { hdEncoder } from './hdc/encoder'
export interface AgentProfile {
export interface AgentOffer {
export const agentPool = new AgentPool()
