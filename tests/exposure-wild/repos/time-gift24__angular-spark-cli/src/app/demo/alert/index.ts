export * from './alert-demo.component';
