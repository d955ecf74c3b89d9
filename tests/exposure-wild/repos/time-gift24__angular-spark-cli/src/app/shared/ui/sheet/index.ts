export {
  SheetTriggerComponent,
  SheetOverlayComponent,
  SheetContentComponent,
  SheetHeaderComponent,
  SheetTitleComponent,
  SheetDescriptionComponent,
  SheetFooterComponent,
  SheetCloseComponent,
} from './sheet.component';
export type { SheetSide } from './sheet.component';
