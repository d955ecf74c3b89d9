export * from './ingredients';
