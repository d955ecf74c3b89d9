import {
} from '@angular/core';
import { SessionData, SessionColor } from '@app/shared/models';
import { ContextMenuTriggerDirective, ContextMenuItem } from '@app/shared/ui/context-menu';
 * export class HostComponent {
export class SessionTabsBarComponent {
