import { format, addDays, isBefore, startOfDay } from 'date-fns';
import { Ingredient } from '@/utils/types/ingredient';
import { getNotificationsModule } from './conditionalImport';
export interface NotificationContent {
export interface ScheduledNotification {
export class NotificationScheduler {
