import {
} from '@angular/core';
import { SessionTabsBarComponent } from '../session-tabs-bar/session-tabs-bar.component';
import { ChatInputComponent } from '../chat-input/chat-input.component';
import { SessionData } from '@app/shared/models';
export class SessionChatContainerComponent {
