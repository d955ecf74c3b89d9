import { Platform, Alert } from 'react-native';
import * as Linking from 'expo-linking';
export interface RatingResult {
export const appRatingService = AppRatingService.getInstance();
