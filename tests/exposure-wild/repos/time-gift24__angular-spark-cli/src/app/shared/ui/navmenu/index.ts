/**
 * Nav Menu Components - Complete Component Family
 */

export * from './navmenu-root.component';
export * from './navmenu-trigger.component';
export * from './navmenu-content.component';
export * from './navmenu-item.component';
export * from './navmenu-label.component';
export * from './navmenu-separator.component';
export * from './navmenu-indicator.component';
export * from './navmenu-viewport.component';
export * from './navmenu-link.component';

// Re-export types
export type {
  NavMenuRootToken,
  NavMenuItemDef,
} from './navmenu-root.component';

export type {
  NavMenuContentAlign,
  NavMenuContentSide,
} from './navmenu-content.component';

export type {
  NavMenuItemVariant,
} from './navmenu-item.component';

export type {
  NavMenuLinkActive,
} from './navmenu-link.component';
