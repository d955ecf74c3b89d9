import {
} from '@angular/core';
import { ButtonComponent } from '@app/shared/ui/button';
import {
} from './css';
import { cn } from '@app/shared/utils';
export class ChatInputComponent {
