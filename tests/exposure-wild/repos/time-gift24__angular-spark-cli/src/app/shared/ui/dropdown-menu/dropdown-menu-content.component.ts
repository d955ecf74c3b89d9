import {
} from '@angular/core';
import { cn } from '@app/shared';
import {
} from './dropdown-menu-root.component';
export type DropdownMenuContentAlign = 'start' | 'center' | 'end';
export type DropdownMenuContentSide = 'top' | 'right' | 'bottom' | 'left';
export class DropdownMenuContentComponent {
