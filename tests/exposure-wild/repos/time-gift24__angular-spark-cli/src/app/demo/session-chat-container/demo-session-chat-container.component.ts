import { ChangeDetectionStrategy, Component, signal, computed } from '@angular/core';
import { SessionChatContainerComponent } from '@app/shared/ui/ai-chat';
import { SessionStatus, type SessionData } from '@app/shared/models';
import { initialState } from './examples';
export class DemoSessionChatContainerComponent {
