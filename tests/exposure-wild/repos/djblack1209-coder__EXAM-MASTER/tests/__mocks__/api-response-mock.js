import { vi } from 'vitest';
export function createApiResponseMock() {
