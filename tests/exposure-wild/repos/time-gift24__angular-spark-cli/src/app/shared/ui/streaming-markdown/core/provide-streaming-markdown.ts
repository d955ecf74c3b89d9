import { DestroyRef, EnvironmentProviders, Provider, Type, inject, makeEnvironmentProviders } from '@angular/core';
import { BlockType } from './models';
import {
} from './plugin';
  runBeforeRender(context: import('./plugin').RenderHookContext): void {
  runAfterRender(context: import('./plugin').RenderHookContext): void {
export function provideStreamingMarkdown(...plugins: StreamdownPlugin[]): EnvironmentProviders {
export function provideStreamingMarkdownComponent(...plugins: StreamdownPlugin[]): Provider[] {
