export * from './textarea.component';
