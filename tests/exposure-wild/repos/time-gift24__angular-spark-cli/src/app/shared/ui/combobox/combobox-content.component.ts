import {
} from '@angular/core';
import { cn } from '@app/shared';
import { COMBOBOX_ROOT, type ComboboxRootToken, type ComboboxItemDef } from './combobox-root.component';
export class ComboboxContentComponent {
