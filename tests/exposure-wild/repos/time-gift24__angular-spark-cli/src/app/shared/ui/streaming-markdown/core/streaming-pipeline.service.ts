import { Injectable, inject, DestroyRef, computed, signal, Signal, WritableSignal, OnDestroy } from '@angular/core';
import { Observable, Subject, Subscription } from 'rxjs';
import { takeUntil, bufferTime, filter, map } from 'rxjs/operators';
import {
} from './models';
import { MarkdownPreprocessor } from './markdown-preprocessor';
import { BlockParser } from './block-parser';
export interface PipelineConfig {
export class StreamingPipelineService implements OnDestroy {
