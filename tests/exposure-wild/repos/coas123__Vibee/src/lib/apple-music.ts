export interface AppleMusicToken {
export interface AppleMusicUser {
export interface AppleMusicAuthError {
export const APPLE_MUSIC_CONFIG = {
  // 使用 import.meta.env 而不是 process.env，这是 Vite 推荐的方式
  clientId: import.meta.env.VITE_APPLE_MUSIC_CLIENT_ID || 'your-client-id',
  redirectUri: import.meta.env.VITE_APPLE_MUSIC_REDIRECT_URI || `${window.location.origin}/connect/callback`,
export function generateAppleMusicAuthUrl(): string {
export function validateAuthState(receivedState: string, storedState: string): boolean {
export function extractAuthCodeFromUrl(): string | null {
export function extractAuthErrorFromUrl(): AppleMusicAuthError | null {
export async function exchangeCodeForToken(
export async function fetchUserInfo(accessToken: string): Promise<AppleMusicUser> {
export async function refreshAccessToken(
export function isTokenExpiringSoon(token: AppleMusicToken, bufferMinutes: number = 5): boolean {
export function storeToken(token: AppleMusicToken): void {
export function getStoredToken(): AppleMusicToken | null {
export function clearStoredToken(): void {
