import { Injectable, inject, DestroyRef, signal, computed, effect, type Signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import {
} from './theme.types';
export class AppThemeService {
