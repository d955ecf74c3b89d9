 * Central export point for all code highlighting domain types.
export {
} from './shini-types';
export { ShiniHighlighter } from './shini-highlighter';
export { ThemeService } from './theme.service';
export {
} from './theme-integration.types';
export {
} from './css-variables.types';
export {
} from './plugin';
export { provideStreamingMarkdown } from './provide-streaming-markdown';
export { MarkdownPreprocessor, type IMarkdownPreprocessor } from './markdown-preprocessor';
export {
} from './models';
export { VirtualScrollService } from './virtual-scroll.service';
export { HighlightCoordinator } from './highlight-coordinator.service';
export { StreamingPipelineService, type PipelineConfig } from './streaming-pipeline.service';
export {
} from './stream-adapters';
export {
} from './error-handling';
export { DepthGuard, MAX_NEST_DEPTH } from './depth-guard';
export { BlockRouterRegistry } from './block-router-registry';
export {
} from './marked-tokens';
