import { Injectable } from '@angular/core';
import {
} from '@app/shared/ui/liquid-glass/types/liquid-glass.types';
import {
} from '@app/shared/ui/liquid-glass/types/theme.constants';
export class LiquidGlassThemeResolver {
