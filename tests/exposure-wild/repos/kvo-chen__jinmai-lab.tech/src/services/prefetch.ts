export function markPrefetched(key: string, options?: {
export function isPrefetched(key: string) {
export function clearPrefetch(key?: string) {
export function smartPrefetch(
export function getPrefetchedRoutes() {
export function preloadCriticalResources(resources: Array<{
