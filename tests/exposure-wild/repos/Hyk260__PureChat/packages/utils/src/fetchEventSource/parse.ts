export interface EventSourceMessage {
export async function getBytes(stream: ReadableStream<Uint8Array>, onChunk: (arr: Uint8Array) => void) {
export function getLines(onLine: (line: Uint8Array, fieldLength: number) => void) {
export function getMessages(onId: (id: string) => void, onMessage?: (msg: EventSourceMessage) => void) {
