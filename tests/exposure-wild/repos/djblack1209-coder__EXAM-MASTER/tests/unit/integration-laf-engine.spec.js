import { describe, it, expect, vi, beforeEach } from 'vitest';
      const { lafService } = await import('@/services/lafService.js');
      const { lafService } = await import('@/services/lafService.js');
      const { lafService } = await import('@/services/lafService.js');
      const { lafService } = await import('@/services/lafService.js');
      const { lafService } = await import('@/services/lafService.js');
      const { lafService } = await import('@/services/lafService.js');
      const { lafService } = await import('@/services/lafService.js');
