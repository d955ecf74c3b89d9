import { describe, it, expect, vi, beforeEach } from 'vitest';
import { setActivePinia, createPinia } from 'pinia';
import { request } from '@/services/api/domains/_request-core.js';
import { useUserStore } from '@/stores/modules/user.js';
import { useStudyStore } from '@/stores/modules/study.js';
import storageService from '@/services/storageService.js';
    it('导入学习资料 → 跳转到 import-data', () => {
      uni.navigateTo({ url: '/pages/practice-sub/import-data' });
      expect(url).toContain('import-data');
      const { lafService } = await import('@/services/lafService.js');
