import { Injectable, signal, computed, inject, DestroyRef, effect, EffectRef } from '@angular/core';
import { MarkdownBlock, BlockType, CodeLine, isCodeBlock } from './models';
import { VirtualScrollService } from './virtual-scroll.service';
import { ShiniHighlighter } from './shini-highlighter';
export enum HighlightPriority {
export interface HighlightSchedulerConfig {
export const DEFAULT_SCHEDULER_CONFIG: HighlightSchedulerConfig = {
export class HighlightSchedulerService {
