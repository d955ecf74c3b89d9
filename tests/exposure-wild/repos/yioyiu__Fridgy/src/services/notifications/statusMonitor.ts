import { Ingredient } from '@/utils/types/ingredient';
import { NotificationScheduler } from './scheduler';
import { useSettingsStore } from '@/store/settings/slice';
export interface StatusChangeEvent {
export class StatusMonitor {
export const statusMonitor = StatusMonitor.getInstance();
