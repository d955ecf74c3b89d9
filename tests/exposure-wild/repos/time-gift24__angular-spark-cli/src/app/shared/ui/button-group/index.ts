/**
 * Button Group Components - Complete Component Family
 */

export * from './button-group.component';
export * from './button-group-text.component';
export * from './button-group-separator.component';

// Re-export types
export type {
  ButtonGroupOrientation,
} from './button-group.component';
