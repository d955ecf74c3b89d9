import {
} from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared';
import {
} from './sonner.types';
import { SonnerService } from './sonner.service';
export type SonnerToastVariant = VariantProps<typeof toastVariants>['variant'];
export class SonnerComponent {
