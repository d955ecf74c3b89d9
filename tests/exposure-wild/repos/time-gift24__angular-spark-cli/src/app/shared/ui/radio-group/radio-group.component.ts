import {
} from '@angular/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
export interface RadioOption {
export type RadioOrientation = 'horizontal' | 'vertical';
export class RadioGroupComponent {
