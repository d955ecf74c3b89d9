import {
} from '@angular/core';
import { ShaderDisplacementService } from '../services/shader-displacement.service';
import { displacementMap } from '../constants/displacement-map';
import { polarDisplacementMap } from '../constants/polar-displacement-map';
import { prominentDisplacementMap } from '../constants/prominent-displacement-map';
export type GlassFilterMode = 'standard' | 'polar' | 'prominent' | 'shader';
export class GlassFilterComponent implements OnInit, OnDestroy {
