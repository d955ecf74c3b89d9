import {
} from '@angular/core';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
import {
} from './navmenu-root.component';
export type NavMenuItemVariant = 'default' | 'destructive';
export class NavMenuItemComponent {
