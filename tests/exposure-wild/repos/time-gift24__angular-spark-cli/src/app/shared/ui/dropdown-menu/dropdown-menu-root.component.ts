import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
export const DROPDOWN_MENU_ROOT = new InjectionToken<DropdownMenuRootToken>('DROPDOWN_MENU_ROOT');
export interface DropdownMenuRootToken {
export interface DropdownMenuItemDef {
export interface DropdownMenuCheckboxItemDef {
export interface DropdownMenuRadioGroupDef {
export class DropdownMenuRootComponent implements DropdownMenuRootToken {
