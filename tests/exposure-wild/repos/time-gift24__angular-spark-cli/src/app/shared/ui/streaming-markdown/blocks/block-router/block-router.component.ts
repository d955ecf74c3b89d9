import { Component, Type, ChangeDetectionStrategy, computed, inject, input } from '@angular/core';
import { CommonModule, NgComponentOutlet } from '@angular/common';
import { MarkdownBlock, BlockType, isCodeBlock, isBlockquoteBlock, isListBlock } from '../../core/models';
import { BLOCK_COMPONENT_REGISTRY, RenderHookContext, STREAMDOWN_PLUGIN_RUNTIME } from '../../core/plugin';
import { DepthGuard } from '../../core/depth-guard';
export class MarkdownBlockRouterComponent {
