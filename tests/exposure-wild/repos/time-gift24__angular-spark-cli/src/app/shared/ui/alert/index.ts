export * from './alert.component';
export type { AlertVariant } from './alert.component';
