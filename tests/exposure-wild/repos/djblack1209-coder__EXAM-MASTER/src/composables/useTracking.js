import { onLoad, onShow, onHide, onUnload } from '@dcloudio/uni-app';
import { analytics } from '@/utils/analytics/event-bus-analytics.js';
import { logger } from '@/utils/logger.js';
export function useTracking() {
export default useTracking;
