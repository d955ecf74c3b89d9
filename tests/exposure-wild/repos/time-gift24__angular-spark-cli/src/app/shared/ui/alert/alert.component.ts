import { Component, input, output, computed, ChangeDetectionStrategy } from '@angular/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared/utils';
export type AlertVariant = VariantProps<typeof alertVariants>['variant'];
export interface AlertExample {
export class SparkAlertComponent {
