import {
} from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import {
} from '@app/shared/ui/liquid-glass/types/liquid-glass.types';
import { LiquidGlassThemeResolver } from '@app/shared/ui/liquid-glass/services/theme-resolver.service';
import { ShaderDisplacementService } from '@app/shared/ui/liquid-glass/services/shader-displacement.service';
import { displacementMap } from '@app/shared/ui/liquid-glass/constants/displacement-map';
import { polarDisplacementMap } from '@app/shared/ui/liquid-glass/constants/polar-displacement-map';
import { prominentDisplacementMap } from '@app/shared/ui/liquid-glass/constants/prominent-displacement-map';
export class LiquidGlassDirective implements OnInit, OnDestroy {
