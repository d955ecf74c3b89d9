import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import { cn } from '@app/shared';
export const COMBOBOX_ROOT = new InjectionToken<ComboboxRootToken>('COMBOBOX_ROOT');
export interface ComboboxRootToken {
export interface ComboboxItemDef {
export class ComboboxRootComponent implements ComboboxRootToken {
