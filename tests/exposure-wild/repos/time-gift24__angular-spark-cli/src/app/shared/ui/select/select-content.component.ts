import {
} from '@angular/core';
import { cn } from '@app/shared';
import { SELECT_ROOT, type SelectRootToken, type SelectItemDef } from './select-root.component';
export class SelectContentComponent {
