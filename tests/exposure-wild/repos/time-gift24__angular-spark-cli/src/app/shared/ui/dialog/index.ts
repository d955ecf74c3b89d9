export {
  DialogComponent,
  DialogTriggerComponent,
  DialogPortalComponent,
  DialogOverlayComponent,
  DialogCloseDirective,
  DialogContentComponent,
  DialogHeaderComponent,
  DialogTitleComponent,
  DialogDescriptionComponent,
  DialogFooterComponent,
} from './dialog.component';
