import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import type { Signal } from '@angular/core';
import { cn } from '@app/shared';
export const HOVER_CARD_ROOT = new InjectionToken<HoverCardRootToken>('HOVER_CARD_ROOT');
export interface HoverCardRootToken {
export class HoverCardRootComponent implements HoverCardRootToken {
