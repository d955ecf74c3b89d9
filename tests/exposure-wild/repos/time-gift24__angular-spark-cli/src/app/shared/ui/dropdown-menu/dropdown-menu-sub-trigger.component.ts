import {
} from '@angular/core';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
import { DROPDOWN_MENU_SUB, type DropdownMenuSubToken } from './dropdown-menu-sub.component';
import {
} from './dropdown-menu-root.component';
export class DropdownMenuSubTriggerComponent {
