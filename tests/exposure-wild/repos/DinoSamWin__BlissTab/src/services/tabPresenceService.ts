export function startTabPresence(): void {
export function getWebTabCount(): number {
