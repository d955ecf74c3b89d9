import { ref } from 'vue';
import { storageService } from '@/services/storageService.js';
import { safeNavigateTo } from '@/utils/safe-navigate';
import { safeImport } from '@/utils/helpers/safe-import.js';
import { isUserLoggedIn } from '@/utils/auth/loginGuard.js';
// import { getReviewStats } from '@/services/fsrs-service.js';
// import { getNextRecommendedTopic } from '@/services/knowledge-engine.js';
import { hasUnfinishedProgress, getProgressSummary } from '@/composables/useQuizAutoSave.js';
export function useHomeReview({ reviewStore } = {}) {
        const fsrsMod = await safeImport(import('@/services/fsrs-service.js'));
        safeImport(import('@/stores/modules/review.js'))
