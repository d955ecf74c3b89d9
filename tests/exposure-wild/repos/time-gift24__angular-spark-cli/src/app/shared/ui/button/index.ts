export { ButtonComponent } from './button.component';
export { ButtonDirective } from './button.directive';
export type { ButtonVariant, ButtonSize } from './button.component';
