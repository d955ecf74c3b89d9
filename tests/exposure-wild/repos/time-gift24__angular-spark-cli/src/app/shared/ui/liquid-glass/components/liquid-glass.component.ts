import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import { GlassContainerComponent } from './glass-container.component';
import type { GlassFilterMode } from './glass-filter.component';
import { isPlatformBrowser } from '@angular/common';
export class LiquidGlassComponent implements AfterViewInit, OnDestroy {
