import {
} from '@angular/core';
import { cn } from '@app/shared';
export type DrawerSide = 'top' | 'right' | 'bottom' | 'left';
export class DrawerTriggerComponent {}
export class DrawerOverlayComponent {
export class DrawerContentComponent implements OnDestroy {
export class DrawerHeaderComponent {
export class DrawerTitleComponent {
export class DrawerDescriptionComponent {
export class DrawerFooterComponent {
export class DrawerHandleComponent {
export class DrawerCloseComponent {
