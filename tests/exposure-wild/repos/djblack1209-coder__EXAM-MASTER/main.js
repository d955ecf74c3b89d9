import { createSSRApp } from 'vue';
import { createPinia } from 'pinia';
import App from './src/App.vue';
import { globalErrorHandler } from '@/utils/error/global-error-handler.js';
import { logger } from '@/utils/logger.js';
import { storageService } from '@/services/storageService.js';
import { useUserStore } from '@/stores/modules/user';
export function createApp() {
  if (process.env.NODE_ENV !== 'production') {
