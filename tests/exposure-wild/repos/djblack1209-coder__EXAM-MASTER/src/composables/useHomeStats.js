import { ref } from 'vue';
import { storageService } from '@/services/storageService.js';
import { formatRelativeTime } from '@/utils/formatters.js';
export function useHomeStats({ studyStore } = {}) {
