import {
} from '@/types/scene'
import { HDCVector } from '@/types/hdc'
import { v4 as uuidv4 } from 'uuid'
export class SceneManager {
export const sceneManager = new SceneManager()
