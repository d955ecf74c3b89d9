export { ScrollAreaComponent } from './scroll-area.component';
export { ScrollBarDirective } from './scroll-bar.directive';
export { ScrollThumbDirective } from './scroll-thumb.directive';
