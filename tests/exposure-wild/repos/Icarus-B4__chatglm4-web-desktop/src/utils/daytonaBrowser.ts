export { BrowserDaytona };
export function createBrowserDaytona(config: { apiKey: string; apiUrl: string }): BrowserDaytona {
