export * from './textarea-demo.component';
