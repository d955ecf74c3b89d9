import { Component, ChangeDetectionStrategy, computed, input } from '@angular/core';
import { CommonModule } from '@angular/common';
import { MarkdownBlock, ListBlock, MarkdownInline } from '../../core/models';
import { MarkdownBlockRouterComponent } from '../block-router/block-router.component';
import { RenderMathPipe } from '../../core/math-render.pipe';
export class MarkdownListComponent {
