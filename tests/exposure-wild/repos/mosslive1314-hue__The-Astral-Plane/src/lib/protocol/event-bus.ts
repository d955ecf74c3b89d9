import { ProtocolEvent, EventSubscription, FormulationResult, ResonanceActivationData, OfferReceivedData, CenterToolCallData, PlanReadyData, SubNegotiationStartedData, ExecutionProgressData, EchoReceivedData } from '@/types/scene'
import { v4 as uuidv4 } from 'uuid'
export class ProtocolEventBus {
export const protocolEventBus = new ProtocolEventBus()
