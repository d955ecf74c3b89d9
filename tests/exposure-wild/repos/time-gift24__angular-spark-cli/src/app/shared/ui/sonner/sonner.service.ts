import { Injectable, signal, inject, InjectionToken } from '@angular/core';
import {
} from './sonner.types';
export const SONNER_DEFAULT_OPTIONS = new InjectionToken<Partial<SonnerData>>('SONNER_DEFAULT_OPTIONS', {
export class SonnerService {
