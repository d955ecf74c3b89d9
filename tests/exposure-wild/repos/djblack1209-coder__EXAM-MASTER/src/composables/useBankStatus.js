import { ref } from 'vue';
import { storageService } from '@/services/storageService.js';
import { logger } from '@/utils/logger.js';
import { toast } from '@/utils/toast.js';
export function useBankStatus() {
