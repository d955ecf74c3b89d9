import { NotificationPermissions, NotificationPermissionResult } from './permissions';
import { NotificationScheduler } from './scheduler';
import { Ingredient } from '@/utils/types/ingredient';
import { EnvironmentHelper } from '@/utils/helpers/environment';
export interface NotificationSettings {
export class NotificationService {
export const notificationService = NotificationService.getInstance();
