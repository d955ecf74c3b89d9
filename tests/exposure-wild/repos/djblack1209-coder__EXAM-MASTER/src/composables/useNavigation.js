import { ref } from 'vue';
import { storageService } from '@/services/storageService.js';
import { safeNavigateTo } from '@/utils/safe-navigate';
import { vibrateLight } from '@/utils/helpers/haptic.js';
import { logger } from '@/utils/logger.js';
import { DEMO_QUESTIONS } from '@/config/home-data.js';
import { requireLogin } from '@/utils/auth/loginGuard.js';
import { toast } from '@/utils/toast.js';
export function useNavigation() {
          if (res.confirm) safeNavigateTo('/pages/practice-sub/import-data');
        if (res.confirm) safeNavigateTo('/pages/practice-sub/import-data');
