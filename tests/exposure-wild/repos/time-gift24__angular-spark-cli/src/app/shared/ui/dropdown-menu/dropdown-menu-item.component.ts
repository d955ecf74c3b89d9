import {
} from '@angular/core';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
import {
} from './dropdown-menu-root.component';
export type DropdownMenuItemVariant = 'default' | 'destructive';
export class DropdownMenuItemComponent {
