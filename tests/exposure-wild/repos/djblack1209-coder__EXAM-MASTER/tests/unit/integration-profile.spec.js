import { describe, it, expect, vi, beforeEach } from 'vitest';
import { setActivePinia, createPinia } from 'pinia';
import { useUserStore } from '@/stores/modules/user.js';
import { useStudyStore } from '@/stores/modules/study.js';
import storageService from '@/services/storageService.js';
