import {
} from '@angular/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared';
export type CheckboxVariant = VariantProps<typeof checkboxVariants>;
export class CheckboxComponent {
