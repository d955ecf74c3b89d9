import { zhipuService } from './zhipu';
import { deepSeekService } from './deepseek';
import { getCurrentLanguage } from '@/utils/i18n';
import { translateStorageMethod, getPrompt } from './prompts';
      const zhipuResult = await zhipuService.analyzeStorageTime(itemName);
      if (zhipuResult) {
          ...zhipuResult,
      const zhipuResult = await zhipuService.getCookingAdvice(ingredients);
      if (zhipuResult) {
          ...zhipuResult,
      const zhipuResult = await zhipuService.analyzeLocationStorageTime(itemName, location);
      if (zhipuResult) {
          suggestedDays: zhipuResult.days,
          reason: zhipuResult.reason,
export const aiManager = new AIManager();
export type { StorageAnalysisResult, CookingAdviceResult, LocationStorageAnalysisResult };
