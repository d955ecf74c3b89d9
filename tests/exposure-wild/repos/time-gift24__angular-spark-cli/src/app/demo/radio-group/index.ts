export * from './radio-group-demo.component';
