/**
 * Common components barrel export
 */

export { ErrorBoundary, ErrorBoundaryClass } from "./ErrorBoundary"
export { default as ErrorBoundaryDefault } from "./ErrorBoundary"
