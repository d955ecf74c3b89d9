import {
} from '@angular/core';
import { cn } from '@app/shared';
export type SheetSide = 'top' | 'right' | 'bottom' | 'left';
export class SheetTriggerComponent {}
export class SheetOverlayComponent {
export class SheetContentComponent implements OnDestroy {
export class SheetHeaderComponent {
export class SheetTitleComponent {
export class SheetDescriptionComponent {
export class SheetFooterComponent {
export class SheetCloseComponent {
