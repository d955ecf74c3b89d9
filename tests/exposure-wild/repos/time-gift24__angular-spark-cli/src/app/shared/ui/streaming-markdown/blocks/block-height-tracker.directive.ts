import {
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { debounceTime, distinctUntilChanged } from 'rxjs/operators';
import { Subject } from 'rxjs';
export interface HeightMeasurement {
export class BlockHeightTrackerDirective implements OnInit, OnDestroy {
