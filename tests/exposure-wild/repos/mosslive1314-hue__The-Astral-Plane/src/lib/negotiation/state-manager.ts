import {
} from '@/types/negotiation'
export class NegotiationStateManager {
export const negotiationStateManager = new NegotiationStateManager()
