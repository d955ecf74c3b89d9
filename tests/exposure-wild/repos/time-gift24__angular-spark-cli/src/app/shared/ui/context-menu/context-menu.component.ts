import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
export type ContextMenuIconName =
export type ContextMenuIcon =
export interface ContextMenuItem {
export class ContextMenuComponent {
export class ContextMenuContentComponent {
export class ContextMenuTriggerDirective implements AfterViewInit, OnDestroy {
