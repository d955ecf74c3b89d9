import { sceneManager } from './scene-manager'
import { resonanceEngine } from '../hdc/resonance'
import { negotiationStateManager } from '../negotiation/state-manager'
import { protocolEventBus } from './event-bus'
import { hdEncoder } from '../hdc/encoder'
import { ProfileDataSource, Projector } from '../hdc/profile-datasource'
import { DemandFormulationSkill } from '../skills/demand-formulation-skill'
import { SceneConfig, UserAction, FormulationResult } from '@/types/scene'
import { HDCVector, ProfileData } from '@/types/hdc'
import { v4 as uuidv4 } from 'uuid'
export class ProtocolAPI {
export const protocolAPI = new ProtocolAPI()
