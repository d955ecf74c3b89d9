import { EnvironmentProviders } from '@angular/core';
import { builtinPlugin } from './plugins/builtin-plugin';
import { provideStreamingMarkdown, provideStreamingMarkdownComponent } from './core/provide-streaming-markdown';
import type { StreamdownPlugin } from './core/plugin';
export function provideDefaultStreamingMarkdown(...plugins: StreamdownPlugin[]): EnvironmentProviders {
export { StreamingMarkdownComponent } from './streaming-markdown.component';
export {
} from './core/models';
export {
} from './core/models';
export {
} from './core/models';
export { VirtualScrollService } from './core/virtual-scroll.service';
export {
} from './blocks';
export type { ScrollEvent } from './blocks/virtual-scroll-viewport.component';
export type { HeightMeasurement } from './blocks/block-height-tracker.directive';
export { ShiniHighlighter } from './core/shini-highlighter';
export { ThemeService } from './core/theme.service';
export { HighlightSchedulerService } from './core/highlight-scheduler.service';
export { HighlightCoordinator } from './core/highlight-coordinator.service';
export { StreamingPipelineService } from './core/streaming-pipeline.service';
export type { HighlightSchedulerConfig, HighlightPriority } from './core/highlight-scheduler.service';
export type { PipelineConfig } from './core/streaming-pipeline.service';
export {
} from './core/plugin';
export { provideStreamingMarkdown, provideStreamingMarkdownComponent } from './core/provide-streaming-markdown';
export { builtinPlugin } from './plugins/builtin-plugin';
export {
} from './core/stream-adapters';
export {
} from './core/error-handling';
