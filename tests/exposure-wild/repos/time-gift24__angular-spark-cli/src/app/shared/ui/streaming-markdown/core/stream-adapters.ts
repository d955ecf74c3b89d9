import { Observable } from 'rxjs';
export interface SseAdapterOptions {
export interface FetchStreamAdapterOptions {
export function sseToMarkdownStream$(
export function fetchStreamToMarkdownStream$(
