/**
 * Dropdown Menu Components - Complete Component Family
 *
 * Usage:
 * <div spark-dropdown-menu-root [(open)]="isOpen">
 *   <button spark-dropdown-menu-trigger>
 *     Open Menu
 *   </button>
 *   <div spark-dropdown-menu-content>
 *     <div spark-dropdown-menu-label>Label</div>
 *     <div spark-dropdown-menu-item value="item1">Item 1</div>
 *     <div spark-dropdown-menu-separator></div>
 *     <div spark-dropdown-menu-checkbox-item [(checked)]="checked1">Checkbox</div>
 *     <div spark-dropdown-menu-radio-group [(value)]="radioValue">
 *       <div spark-dropdown-menu-radio-item value="option1">Option 1</div>
 *       <div spark-dropdown-menu-radio-item value="option2">Option 2</div>
 *     </div>
 *   </div>
 * </div>
 */

export * from './dropdown-menu-root.component';
export * from './dropdown-menu-trigger.component';
export * from './dropdown-menu-content.component';
export * from './dropdown-menu-item.component';
export * from './dropdown-menu-group.component';
export * from './dropdown-menu-label.component';
export * from './dropdown-menu-separator.component';
export * from './dropdown-menu-checkbox-item.component';
export * from './dropdown-menu-radio-group.component';
export * from './dropdown-menu-radio-item.component';
export * from './dropdown-menu-shortcut.component';
export * from './dropdown-menu-sub.component';
export * from './dropdown-menu-sub-trigger.component';
export * from './dropdown-menu-sub-content.component';
export * from './dropdown-menu-portal.component';

// Re-export types
export type {
  DropdownMenuRootToken,
  DropdownMenuItemDef,
  DropdownMenuCheckboxItemDef,
  DropdownMenuRadioGroupDef,
} from './dropdown-menu-root.component';

export type {
  DropdownMenuContentAlign,
  DropdownMenuContentSide,
} from './dropdown-menu-content.component';

export type {
  DropdownMenuSubToken,
} from './dropdown-menu-sub.component';

export type {
  DropdownMenuRadioGroupToken,
} from './dropdown-menu-radio-group.component';

export type {
  DropdownMenuItemVariant,
} from './dropdown-menu-item.component';

export type {
  DropdownMenuSubContentSide,
} from './dropdown-menu-sub-content.component';
