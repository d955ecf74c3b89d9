export { AlertDialogComponent } from './alert-dialog';
export { AlertDialogState, type AlertDialogVariant } from './alert-dialog';
