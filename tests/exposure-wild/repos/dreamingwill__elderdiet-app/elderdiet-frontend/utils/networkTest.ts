export interface NetworkTestResult {
export async function testExpoPushService(): Promise<NetworkTestResult> {
export async function testBackendAPI(baseUrl: string): Promise<NetworkTestResult> {
export async function runNetworkTests(backendUrl: string): Promise<NetworkTestResult[]> {
export async function detectChinaNetwork(): Promise<boolean> {
