import { ChangeDetectionStrategy, Component } from '@angular/core';
import { LiquidGlassDirective } from '@app/shared/ui/liquid-glass';
import { basicExamples } from './examples/basic-examples';
import { themeExamples } from './examples/theme-examples';
import { animationExamples } from './examples/animation-examples';
import { shapeExamples } from './examples/shape-examples';
export class LiquidGlassDemoComponent {
