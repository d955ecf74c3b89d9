export {
  ContextMenuComponent,
  ContextMenuContentComponent,
  ContextMenuTriggerDirective,
} from './context-menu.component';
export type { ContextMenuIcon, ContextMenuIconName, ContextMenuItem } from './context-menu.component';
