import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import {
} from '../core/models';
export interface ScrollEvent {
export class VirtualScrollViewportComponent implements AfterViewInit, OnDestroy {
