import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import { GlassFilterComponent } from './glass-filter.component';
import type { GlassFilterMode } from './glass-filter.component';
import { ShaderDisplacementService } from '../services/shader-displacement.service';
export class GlassContainerComponent {
