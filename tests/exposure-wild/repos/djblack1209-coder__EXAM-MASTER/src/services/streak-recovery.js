import { logger } from '@/utils/logger.js';
import { ref, reactive, computed } from 'vue';
import { checkinStreak, CHECKIN_STATUS } from './checkin-streak';
import storageService from '@/services/storageService.js';
export const streakRecovery = new StreakRecoveryService();
export { StreakRecoveryService, RECOVERY_CARD_TYPE, RECOVERY_CARD_CONFIG, RECOVERY_RULES, CARD_SOURCES };
 * @returns {{ inventory: import('vue').ComputedRef, shopList: import('vue').ComputedRef, recoverableDates: import('vue').ComputedRef, init: Function, canRecover: Function, recover: Function, purchaseCard: Function, addCard: Function }}
export function useStreakRecovery() {
