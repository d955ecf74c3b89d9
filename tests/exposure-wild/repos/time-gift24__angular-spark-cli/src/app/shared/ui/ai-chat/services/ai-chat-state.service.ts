import { Injectable, signal, computed } from '@angular/core';
import { SessionData } from '@app/shared/models';
export type DockMode = 'pinned' | 'collapsed';
export class AiChatStateService {
