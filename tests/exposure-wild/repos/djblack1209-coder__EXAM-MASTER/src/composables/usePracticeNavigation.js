import { ref } from 'vue';
import { safeNavigateTo } from '@/utils/safe-navigate';
import { requireLogin } from '@/utils/auth/loginGuard.js';
import { analytics } from '@/utils/analytics/event-bus-analytics.js';
import { toast } from '@/utils/toast.js';
 * @param {import('vue').Ref<boolean>} deps.hasBank
 * @param {import('vue').Ref<number>} deps.totalQuestions
 * @param {import('vue').Ref<number>} deps.mistakeCount
export function usePracticeNavigation(deps = {}) {
