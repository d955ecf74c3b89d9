import { QuickLink, SearchEngine } from '../types';
const OFFICIAL_WEB_URL = ((import.meta as any).env?.VITE_WEB_URL || 'https://www.startlytab.com').replace(/\/$/, '');
export const CHINA_TIMEZONES = [
export async function isChinaRegion(): Promise<boolean> {
export const REGIONAL_SEARCH_ENGINES: Record<'CN' | 'GLOBAL', SearchEngine[]> = {
export const REGIONAL_DEFAULT_LINKS: Record<'CN' | 'GLOBAL', QuickLink[]> = {
export function getInternalUrl(path: string): string {
export function getOfficialWebUrl(path: string = ''): string {
