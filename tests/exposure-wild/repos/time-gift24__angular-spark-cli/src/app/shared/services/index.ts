export * from './session-state.service';
export * from './session-storage.service';
