import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
export const POPOVER_ROOT = new InjectionToken<PopoverRootToken>('POPOVER_ROOT');
export interface PopoverRootToken {
export class PopoverRootComponent implements PopoverRootToken {
