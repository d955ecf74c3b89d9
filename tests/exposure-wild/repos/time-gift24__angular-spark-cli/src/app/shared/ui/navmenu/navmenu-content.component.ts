import {
} from '@angular/core';
import { cn } from '@app/shared';
import {
} from './navmenu-root.component';
export type NavMenuContentAlign = 'start' | 'center' | 'end';
export type NavMenuContentSide = 'top' | 'right' | 'bottom' | 'left';
export class NavMenuContentComponent {
