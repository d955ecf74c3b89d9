import { Injectable, signal, computed, Signal, inject, DestroyRef, effect, EffectRef, OnDestroy } from '@angular/core';
import { MarkdownBlock, BlockType, HighlightResult, VirtualWindow, isCodeBlock } from './models';
import { HighlightSchedulerService } from './highlight-scheduler.service';
import { ShiniHighlighter } from './shini-highlighter';
export class HighlightCoordinator implements OnDestroy {
