export interface RSSFeed {
export interface NewsItem {
export class RSSNewsService {
export function getRSSNewsService(): RSSNewsService {
export function resetRSSNewsService(): void {
