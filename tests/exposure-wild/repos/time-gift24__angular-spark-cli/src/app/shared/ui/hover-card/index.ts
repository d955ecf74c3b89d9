/**
 * Hover Card Components - Complete Component Family
 */

export * from './hover-card-root.component';
export * from './hover-card-trigger.component';
export * from './hover-card-content.component';

// Re-export types
export type {
  HoverCardRootToken,
} from './hover-card-root.component';

export type {
  HoverCardContentAlign,
  HoverCardContentSide,
} from './hover-card-content.component';
