import { Injectable, signal, computed } from '@angular/core';
import {
} from './models';
export class VirtualScrollService {
