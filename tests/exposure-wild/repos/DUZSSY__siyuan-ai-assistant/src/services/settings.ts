import type { Plugin } from 'siyuan';
import type {
} from '../types';
import {
} from '../types';
export class SettingsService {
            id: 'test-ai-glm',
            name: 'GLM（免费试用-额度有限-仅供测试）',
            model: 'glm-4-flash',
            id: 'test-ai-glm2',
            name: 'GLM2（免费试用2-额度有限-仅供测试）',
            model: 'glm-4-flash',
export const settingsService = new SettingsService();
