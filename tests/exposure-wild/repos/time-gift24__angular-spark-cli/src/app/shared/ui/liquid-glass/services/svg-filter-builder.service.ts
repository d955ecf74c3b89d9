import { Injectable, Renderer2 } from '@angular/core';
import {
} from '@app/shared/ui/liquid-glass/types/liquid-glass.types';
import { REFRACTION_MODE_TURBULENCE } from '@app/shared/ui/liquid-glass/types/theme.constants';
export class SvgFilterBuilderService {
