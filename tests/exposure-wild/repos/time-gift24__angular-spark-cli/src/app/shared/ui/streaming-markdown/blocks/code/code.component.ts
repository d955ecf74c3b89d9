import {
} from '@angular/core';
import { CommonModule } from '@angular/common';
import { CodeBlock, CodeLine, isCodeBlock } from '../../core/models';
import { LANGUAGE_DISPLAY_NAMES } from '../../core/shini-types';
import { HighlightSchedulerService } from '../../core/highlight-scheduler.service';
export class MarkdownCodeComponent implements OnInit, OnDestroy {
