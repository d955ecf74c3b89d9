export * from './field.component';
