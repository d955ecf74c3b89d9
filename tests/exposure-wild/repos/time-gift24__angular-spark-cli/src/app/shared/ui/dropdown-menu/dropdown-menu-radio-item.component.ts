import {
} from '@angular/core';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
import { DROPDOWN_MENU_RADIO_GROUP, type DropdownMenuRadioGroupToken } from './dropdown-menu-radio-group.component';
import { DROPDOWN_MENU_ROOT, type DropdownMenuRootToken, type DropdownMenuItemDef } from './dropdown-menu-root.component';
export class DropdownMenuRadioItemComponent {
