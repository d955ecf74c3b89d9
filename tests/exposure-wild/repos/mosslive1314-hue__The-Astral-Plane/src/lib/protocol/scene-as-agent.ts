import { HDCVector } from '@/types/hdc'
import { hdEncoder } from '../hdc/encoder'
export interface SceneAsAgent {
export interface SceneResonanceResult {
export class SceneAsAgentManager {
export const sceneAsAgentManager = new SceneAsAgentManager()
