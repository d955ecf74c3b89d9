import type { Plugin } from 'siyuan';
import type { AIOperationType } from '../types';
import type { 
} from '../types/history';
import { HISTORY_STORE_VERSION, MAX_HISTORY_COUNT, MAX_VERSIONS_PER_HISTORY } from '../types/history';
import { settingsService } from './settings';
export class HistoryService {
export const historyService = new HistoryService();
