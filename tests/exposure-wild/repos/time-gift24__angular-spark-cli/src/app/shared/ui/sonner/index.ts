export * from './sonner.component';
export * from './sonner.service';
export * from './sonner.types';
export * from './sonner-title.component';
export * from './sonner-description.component';
export * from './sonner-action.component';
