import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setActivePinia, createPinia } from 'pinia';
// Mock 依赖模块（必须在 import store 之前）
      const { useUserStore } = await import('@/stores/modules/user.js');
      const { useUserStore } = await import('@/stores/modules/user.js');
      const { useUserStore } = await import('@/stores/modules/user.js');
      const { useUserStore } = await import('@/stores/modules/user.js');
      const { useUserStore } = await import('@/stores/modules/user.js');
      const { useUserStore } = await import('@/stores/modules/user.js');
      const { useUserStore } = await import('@/stores/modules/user.js');
