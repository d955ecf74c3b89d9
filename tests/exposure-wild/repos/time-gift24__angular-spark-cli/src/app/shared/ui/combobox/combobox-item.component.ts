import {
} from '@angular/core';
import { cn } from '@app/shared';
import { COMBOBOX_ROOT, type ComboboxItemDef } from './combobox-root.component';
export class ComboboxItemComponent {
