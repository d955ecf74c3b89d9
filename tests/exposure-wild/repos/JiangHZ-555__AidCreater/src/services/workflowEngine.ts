import type {
} from '../types';
import { zhipuService } from './zhipuService';
import { storageService } from './storageService';
export class WorkflowEngine {
      const response = await zhipuService.generateContent({
        model: node.data.config?.model || 'glm-4',
        model: node.data.config?.model || 'glm-4',
      if (config && config.zhipu) {
        zhipuService.setConfig(config.zhipu);
export const workflowEngine = new WorkflowEngine();
