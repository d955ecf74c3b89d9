import { ChangeDetectionStrategy, Component, signal, computed, Signal } from '@angular/core';
import { SessionTabsBarComponent } from '@app/shared/ui/ai-chat';
import { SessionData, SessionStatus, SessionColor } from '@app/shared/models';
export class DemoSessionTabsBarComponent {
