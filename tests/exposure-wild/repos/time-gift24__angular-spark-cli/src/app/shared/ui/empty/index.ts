export { EmptyComponent } from './empty';
