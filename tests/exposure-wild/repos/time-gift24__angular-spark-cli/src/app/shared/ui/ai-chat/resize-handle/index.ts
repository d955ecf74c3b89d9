export { ResizeHandleComponent } from './resize-handle.component';
