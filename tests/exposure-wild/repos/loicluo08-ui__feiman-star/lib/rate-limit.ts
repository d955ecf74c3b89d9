export const RATE_LIMITS = {
export async function globalRateLimit(
  const kvUrl = process.env.KV_REST_API_URL;
  const kvToken = process.env.KV_REST_API_TOKEN;
export function getClientIP(request: Request): string {
export function buildRateLimitKey(ip: string, route: string): string {
export function rateLimit(
export async function enforceRateLimitAsync(
export function enforceRateLimit(
