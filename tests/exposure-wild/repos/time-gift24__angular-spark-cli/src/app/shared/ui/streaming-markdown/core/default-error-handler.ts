import { Injectable } from '@angular/core';
import {
} from './error-handling.types';
import type { MarkdownBlock } from './models';
import { BlockType } from './models';
export class DefaultErrorHandler implements IErrorHandler {
