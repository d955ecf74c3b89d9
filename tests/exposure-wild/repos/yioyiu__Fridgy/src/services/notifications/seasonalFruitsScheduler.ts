import AsyncStorage from '@react-native-async-storage/async-storage';
import { getNotificationsModule } from './conditionalImport';
import { seasonalFruitsService } from '../ai/seasonalFruits';
export interface SeasonalFruitsData {
export class SeasonalFruitsScheduler {
