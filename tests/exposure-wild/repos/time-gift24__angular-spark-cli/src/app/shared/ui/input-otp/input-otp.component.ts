import {
} from '@angular/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared';
export type InputOtpType = 'numeric' | 'alphanumeric';
export type InputOtpError = VariantProps<typeof inputVariants>['error'];
export class InputOtpComponent {
