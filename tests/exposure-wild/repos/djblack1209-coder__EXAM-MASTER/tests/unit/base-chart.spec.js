import { describe, it, expect, vi } from 'vitest';
