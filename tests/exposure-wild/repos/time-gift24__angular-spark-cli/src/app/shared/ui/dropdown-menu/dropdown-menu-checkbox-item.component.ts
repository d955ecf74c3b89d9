import {
} from '@angular/core';
import { cn } from '@app/shared';
import {
} from './dropdown-menu-root.component';
export class DropdownMenuCheckboxItemComponent {
