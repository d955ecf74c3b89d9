export * from './field-demo.component';
