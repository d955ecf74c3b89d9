import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BadgeType } from '@app/shared/ui/ai-chat/types/chat.types';
import {
} from './css';
import { cn } from '@app/shared/utils';
export class StatusBadgesComponent {
export interface StatusBadge {
