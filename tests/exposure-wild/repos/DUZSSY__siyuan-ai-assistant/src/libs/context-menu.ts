import type { AIOperationType } from '../types';
import { settingsService } from '../services/settings';
export interface ContextMenuOptions {
export class ContextMenuManager {
