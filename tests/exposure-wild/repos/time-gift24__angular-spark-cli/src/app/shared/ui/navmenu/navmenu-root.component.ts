import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
export const NAV_MENU_ROOT = new InjectionToken<NavMenuRootToken>('NAV_MENU_ROOT');
export interface NavMenuRootToken {
export interface NavMenuItemDef {
export interface NavMenuCheckboxItemDef {
export interface NavMenuRadioGroupDef {
export class NavMenuRootComponent implements NavMenuRootToken {
