import { ChangeDetectionStrategy, Component, signal, computed } from '@angular/core';
import { CommonModule } from '@angular/common';
import {
} from '../../../shared/ui/table/table';
import { invoices, totalAmount } from './examples/table-examples';
import type { Invoice } from './types/table-demo.types';
export class TableDemoComponent {
