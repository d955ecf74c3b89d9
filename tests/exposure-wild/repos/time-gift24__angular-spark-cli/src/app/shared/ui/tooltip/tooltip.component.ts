import {
} from '@angular/core';
import { cn } from '@app/shared';
export class TooltipTriggerComponent {}
export class TooltipContentComponent {
export class TooltipComponent {
