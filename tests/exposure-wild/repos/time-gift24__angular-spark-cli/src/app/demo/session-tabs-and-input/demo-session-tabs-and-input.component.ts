import { ChangeDetectionStrategy, Component, signal, computed, Signal } from '@angular/core';
import { SessionTabsBarComponent, ChatInputComponent } from '@app/shared/ui/ai-chat';
import { SessionData, SessionColor, SessionStatus } from '@app/shared/models';
export class DemoSessionTabsAndInputComponent {
