import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { debounce, throttle, clickLock, useDebounceFn, useThrottleFn } from '@/utils/throttle.js';
import { safeNavigateTo } from '@/utils/safe-navigate.js';
