export type BrowserEnv = 'wechat' | 'chrome' | 'firefox' | 'safari' | 'edge' | 'unknown';
export interface VoiceCapability {
export interface RecordingResult {
export function detectBrowser(): BrowserEnv {
export function isMobileDevice(): boolean {
export async function checkMicPermission(): Promise<'granted' | 'denied' | 'prompt' | 'unknown'> {
export async function checkPlaybackCapability(): Promise<boolean> {
export async function checkVoiceCapability(): Promise<VoiceCapability> {
export async function startRecording(): Promise<boolean> {
export async function stopRecording(): Promise<RecordingResult | null> {
export function isRecording(): boolean {
 * ⚠️ GLM-ASR-2512 支持的格式: wav, mp3, flac, ogg, m4a, aac, webm
    // 按 GLM-ASR 兼容性排序的格式列表
 * ⚠️ 智谱 ASR (glm-asr-2512) 不支持 webm;codecs=opus 格式！
export async function convertToWav(webmBlob: Blob): Promise<Blob> {
export function blobToBase64(blob: Blob): Promise<string> {
export function base64ToBlob(base64: string, mimeType: string = 'audio/wav'): Blob {
export async function playBase64Audio(base64: string, mimeType: string = 'audio/wav'): Promise<void> {
export function getMicPermissionGuide(browser: BrowserEnv): string {
export function getPlaybackGuide(browser: BrowserEnv): string {
export default {
