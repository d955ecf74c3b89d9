import { Platform, Alert, Linking } from 'react-native';
import NetInfo from '@react-native-community/netinfo';
import { Audio } from 'expo-av';
export interface PermissionResult {
export class PermissionManager {
