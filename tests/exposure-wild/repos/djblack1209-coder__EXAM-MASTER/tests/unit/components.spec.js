import { describe, it, expect, vi, beforeEach } from 'vitest';
      uni.navigateTo({ url: '/pages/practice/import-data' });
    expect(mockUni.navigateTo).toHaveBeenCalledWith({ url: '/pages/practice/import-data' });
