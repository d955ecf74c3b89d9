export type Locale = "zh" | "en";
    mockLogLintFix: "2 个 warning（unused import），自动修复",
    mockLogExportWritten: "lib/export.ts 已写入 (89 行)",
    mockLogV03Msg: "feat: SubscriptionCard + export lib/export.ts",
    mockLogLintFix: "2 warnings (unused import); auto-fixed",
    mockLogExport: "Building export functionality (CSV / PDF)...",
    mockLogExportWritten: "lib/export.ts written (89 lines)",
    mockAgentExecTask: "Building SubscriptionCard + CSV export",
    mockLogV03Msg: "feat: SubscriptionCard + export lib/export.ts",
    mockLogNextReqPlaceholder: "e.g., users want a date range filter for billing and PDF export support...",
export function getStoredLocale(): Locale {
export function setStoredLocale(locale: Locale): void {
export function getT(locale: Locale): (key: string) => string {
export { messages };
