export { DeleteConfirmDialogComponent } from './delete-confirm-dialog.component';
