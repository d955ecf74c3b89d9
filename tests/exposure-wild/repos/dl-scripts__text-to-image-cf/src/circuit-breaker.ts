import { AIProvider } from './types';
export const circuitBreaker = new CircuitBreakerManager();
