export {
  DrawerTriggerComponent,
  DrawerOverlayComponent,
  DrawerContentComponent,
  DrawerHeaderComponent,
  DrawerTitleComponent,
  DrawerDescriptionComponent,
  DrawerFooterComponent,
  DrawerHandleComponent,
  DrawerCloseComponent,
} from './drawer.component';
export type { DrawerSide } from './drawer.component';
