export * from './checkbox.component';
