export * from './session-tabs-bar.component';
