import { Component, ChangeDetectionStrategy, computed, input } from '@angular/core';
import { CommonModule } from '@angular/common';
import { ParagraphBlock } from '../../core/models';
import { RenderMathPipe } from '../../core/math-render.pipe';
export class MarkdownParagraphComponent {
