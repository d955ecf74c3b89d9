export { ProgressComponent } from './progress';
