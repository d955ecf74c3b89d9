export { InputComponent } from './input.component';
