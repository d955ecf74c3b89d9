export { SpinnerComponent } from './spinner';
export type { SpinnerSize } from './spinner';
