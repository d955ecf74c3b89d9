 * import { storageService } from '@/services/storageService.js'
import { logger } from '@/utils/logger.js';
import {
} from './api/domains/practice.api.js';
import { offlineMistakeToBackend } from '@/utils/field-normalizer.js';
import { obfuscate, deobfuscate } from '../utils/crypto/cipher.js';
import { getUserId, getToken } from './auth-storage.js';
import { toast } from '@/utils/toast.js';
export const storageService = new StorageService();
 * 用法：import { storage } from '@/services/storageService.js'
export const storage = {
export { StorageService, getUserId, getToken };
export default storageService;
