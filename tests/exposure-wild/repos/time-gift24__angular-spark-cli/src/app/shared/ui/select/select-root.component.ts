import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import { cn } from '@app/shared';
export const SELECT_ROOT = new InjectionToken<SelectRootToken>('SELECT_ROOT');
export interface SelectRootToken {
export interface SelectItemDef {
export class SelectRootComponent implements SelectRootToken {
export class SelectTriggerComponent {
export class SelectValueComponent {
