import { Injectable, signal, computed, Signal, effect, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { SessionData, ChatMessage, PanelPosition, PanelSize, SessionStatus, SessionColor } from '../models';
import { IdGenerator } from '../utils';
import { SessionStorageService } from './session-storage.service';
export class SessionStateService {
