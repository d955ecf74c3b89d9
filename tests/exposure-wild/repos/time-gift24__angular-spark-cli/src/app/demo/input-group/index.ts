export * from './input-group-demo.component';
