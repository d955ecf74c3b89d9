/**
 * Streaming Markdown - Error Handling Re-exports
 *
 * Legacy import path compatibility:
 * `import {...} from './error-handling'`
 */

export {
  ComponentErrorType,
  type ErrorSeverity,
  type ErrorCode,
  type ErrorCategory,
  type StreamingMarkdownError,
  type HighlightingError,
  type ComponentError,
  type ErrorInput,
  type InitializationError,
  type HighlightingExecutionError,
  type UnsupportedLanguageError,
  type ThemeError,
  type ErrorHandlerResult,
  type IErrorHandler,
  type ErrorBoundaryState,
  type RetryConfig,
  type ErrorLogEntry,
  type ErrorLoggerConfig,
  type RecoveryStrategy,
  type RecoveryResult,
  type IErrorFactory
} from './error-handling.types';

