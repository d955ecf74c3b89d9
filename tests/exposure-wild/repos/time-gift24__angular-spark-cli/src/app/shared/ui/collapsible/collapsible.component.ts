import {
} from '@angular/core';
import { cn } from '@app/shared';
export class CollapsibleComponent {
export class CollapsibleTriggerComponent {
export class CollapsibleContentComponent {
export class CollapsibleHeaderComponent {
