import { beforeEach, describe, expect, it, vi } from 'vitest';
import PracticePage from '@/pages/practice/index.vue';
    const { useDynamicMixin } = await import('@/composables/useDynamicMixin.js');
    expect(uni.navigateTo.mock.calls[0][0].url).toBe('/pages/practice-sub/import-data');
