import { aiService } from '../services/ai';
import { settingsService } from '../services/settings';
import { blockService } from '../services/block';
import type { AIOperationType, AIProvider } from '../types';
export interface FloatingToolbarOptions {
export class FloatingToolbar {
