import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import { Observable, Subject, EMPTY, ReplaySubject } from 'rxjs';
import { takeUntil, bufferTime, filter, map, switchMap, tap, catchError, finalize } from 'rxjs/operators';
import {
} from './core/models';
import { MarkdownBlockRouterComponent } from './blocks/block-router/block-router.component';
import { BlockHeightTrackerDirective, type HeightMeasurement } from './blocks/block-height-tracker.directive';
import { ScrollEvent, VirtualScrollViewportComponent } from './blocks/virtual-scroll-viewport.component';
import { VirtualScrollService } from './core/virtual-scroll.service';
import {
} from './core/markdown-preprocessor';
import {
} from './core/block-parser';
import { ShiniHighlighter } from './core/shini-highlighter';
import { HighlightSchedulerService } from './core/highlight-scheduler.service';
export class StreamingMarkdownComponent implements OnInit, OnDestroy, AfterViewChecked {
