export { default } from './AppRouter';
