export * from './radio-group.component';
