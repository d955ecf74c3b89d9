import { logger } from '@/utils/logger.js';
import { reactive, computed } from 'vue';
import storageService from '@/services/storageService.js';
import { CHECKIN_STATUS, CHECKIN_REWARD, STREAK_MULTIPLIER, getStreakMultiplier } from '@/config/game-constants.js';
export const checkinStreak = new CheckinStreakService();
export { CheckinStreakService, CHECKIN_STATUS, REWARD_CONFIG };
 * @returns {{ checkinInfo: import('vue').ComputedRef, statistics: import('vue').ComputedRef, init: Function, checkIn: Function, getMonthCalendar: Function, getRecoveryCards: Function, onCheckin: Function, onMissed: Function, onMilestone: Function }}
export function useCheckinStreak() {
