export function decode(base64: string): Uint8Array {
export function encode(bytes: Uint8Array): string {
export async function decodeAudioData(
export function float32ToPcmBase64(data: Float32Array): string {
export class AudioPlayer {
export const audioPlayer = new AudioPlayer();
