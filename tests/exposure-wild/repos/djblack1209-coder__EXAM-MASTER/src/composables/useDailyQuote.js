 * @param {import('vue').Ref<string[]>} options.quoteLibrary - 金句库（ref 或 reactive）
 * @param {import('vue').Ref<Object>} options.quoteAuthors  - 金句→作者映射
import { ref } from 'vue';
import { toast } from '@/utils/toast.js';
import { logger } from '@/utils/logger.js';
import { quoteHandler } from '@/utils/helpers/quote-interaction-handler.js';
import storageService from '@/services/storageService.js';
export function useDailyQuote({ quoteLibrary, quoteAuthors } = {}) {
export default useDailyQuote;
