import type { Workflow, Asset, AppConfig } from '../types';
export class StorageService {
export const storageService = new StorageService();
