import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CommonModule } from '@angular/common';
import { ContextMenuTriggerDirective } from '@app/shared/ui/context-menu/index';
import * as examples from './examples/context-menu-examples';
export class ContextMenuDemoComponent {
