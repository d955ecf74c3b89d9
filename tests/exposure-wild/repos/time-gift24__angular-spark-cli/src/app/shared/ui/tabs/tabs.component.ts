import {
} from '@angular/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared';
export type TabsVariant = VariantProps<typeof tabsListVariants>['variant'];
export class TabsComponent {
export class TabsListComponent {
export class TabsTriggerComponent {
export class TabsContentComponent {
