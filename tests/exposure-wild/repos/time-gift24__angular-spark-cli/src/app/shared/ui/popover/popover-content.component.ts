import {
} from '@angular/core';
import { cn } from '@app/shared';
import { POPOVER_ROOT, type PopoverRootToken } from './popover.component';
export type PopoverContentAlign = 'start' | 'center' | 'end';
export type PopoverContentSide = 'top' | 'right' | 'bottom' | 'left';
export class PopoverContentComponent {
