import * as Notifications from 'expo-notifications';
import * as Device from 'expo-device';
import { Platform } from 'react-native';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { authStorage } from '../utils/authStorage';
import { API_BASE_URL } from '../config/api.config';
import jpushService from './jpushService';
import simplePushService from './simplePushService';
export interface PushSettings {
export interface DeviceRegistration {
      const JPush = require('jpush-react-native').default;
export const pushService = new PushService();
