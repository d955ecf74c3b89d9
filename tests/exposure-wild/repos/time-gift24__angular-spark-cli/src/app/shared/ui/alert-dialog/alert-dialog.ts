import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import { cn } from '@app/shared/utils';
import { ButtonComponent } from '@app/shared/ui/button';
export enum AlertDialogState {
export type AlertDialogVariant = 'default' | 'destructive';
export class AlertDialogComponent {
