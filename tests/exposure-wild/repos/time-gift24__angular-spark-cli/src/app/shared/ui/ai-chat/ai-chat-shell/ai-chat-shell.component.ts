import {
} from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { CommonModule } from '@angular/common';
import { Observable } from 'rxjs';
import { SessionColor } from '@app/shared/models';
import { SessionStateService } from '@app/shared/services';
import { StreamingMarkdownComponent, builtinPlugin, provideStreamingMarkdownComponent } from '@app/shared/ui/streaming-markdown';
import { AiChatStateService } from '../services';
import { SessionTabsBarComponent } from '../session-tabs-bar/session-tabs-bar.component';
import { ChatInputComponent } from '../chat-input/chat-input.component';
import { MessageBubbleComponent } from '../message-bubble/message-bubble.component';
import { ResizeHandleComponent } from '../resize-handle/resize-handle.component';
import { DeleteConfirmDialogComponent } from '../delete-confirm-dialog/delete-confirm-dialog.component';
export class AiChatShellComponent {
import { Component, signal, computed } from '@angular/core';
export class CounterComponent {
from dataclasses import dataclass
from typing import List
