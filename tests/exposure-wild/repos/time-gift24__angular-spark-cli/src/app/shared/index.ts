export * from './ui';
export * from './utils';
export * from './services';
export * from './theme';
export type { SessionData, SessionColor } from './models/session-data.interface';
export { SessionStatus } from './models/session-data.interface';
