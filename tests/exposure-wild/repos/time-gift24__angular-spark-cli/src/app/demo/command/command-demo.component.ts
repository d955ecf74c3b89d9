import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import {
} from '@app/shared/ui/command';
import * as examples from './examples/command-examples';
import type { CommandItem } from './types/command-demo.types';
export class CommandDemoComponent {
