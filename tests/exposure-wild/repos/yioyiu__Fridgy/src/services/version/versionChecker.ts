import Constants from 'expo-constants';
import { Platform } from 'react-native';
import * as Application from 'expo-application';
export interface VersionInfo {
export interface VersionCheckResult {
export const versionChecker = VersionChecker.getInstance();
