export { KbdComponent } from './kbd';
