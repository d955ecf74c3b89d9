export * from './select-demo.component';
