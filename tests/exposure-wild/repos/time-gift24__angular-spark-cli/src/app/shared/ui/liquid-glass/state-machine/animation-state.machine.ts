import { inject, Injectable } from '@angular/core';
import {
} from '@app/shared/ui/liquid-glass/types/liquid-glass.types';
export class LiquidGlassAnimationStateMachine {
