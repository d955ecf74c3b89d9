import { describe, it, expect, beforeEach } from 'vitest';
import { useAppStore } from './app-store';
