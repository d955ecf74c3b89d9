import { logger } from '@/utils/logger.js';
import { toast } from '@/utils/toast.js';
export function safeNavigateTo(url, options = {}) {
export function safeNavigateBack(options = {}) {
export default safeNavigateTo;
