import { ref, onBeforeUnmount } from 'vue';
import { logger } from '@/utils/logger.js';
import { safeNavigateTo } from '@/utils/safe-navigate';
import { today as getToday } from '@/utils/date.js';
import storageService from '@/services/storageService.js';
import { requireLogin } from '@/utils/auth/loginGuard.js';
import { toast } from '@/utils/toast.js';
export function useStudyTimer() {
      import('@/stores/modules/stats.js')
export default useStudyTimer;
