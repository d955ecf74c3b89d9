/**
 * Shared utility functions
 */

export * from './cn';
