export async function translate(text, from = "auto", to = "zh", { retries = 1 } = {}) {
export async function getUsageStatsAPI() {
export async function testConnection() {
