import { describe, it, expect, vi, beforeEach } from 'vitest';
