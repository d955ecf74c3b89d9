import { Platform } from 'react-native';
import { authStorage } from '@/utils/authStorage';
import { getCurrentConfig } from '@/config/api.config';
export const trackingService = new TrackingService();
export type { SessionInfo, EventData, PageVisitData, TrackingConfig }; 
