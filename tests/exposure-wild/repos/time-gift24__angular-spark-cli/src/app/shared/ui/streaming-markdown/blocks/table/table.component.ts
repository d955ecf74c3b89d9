import { Component, ChangeDetectionStrategy, computed, input, signal } from '@angular/core';
import { TableBlock } from '../../core/models';
export class MarkdownTableComponent {
