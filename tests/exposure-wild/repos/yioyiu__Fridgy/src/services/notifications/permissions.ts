import { Platform } from 'react-native';
import { EnvironmentHelper } from '@/utils/helpers/environment';
import { getNotificationsModule } from './conditionalImport';
export interface NotificationPermissionResult {
export class NotificationPermissions {
