import { QuickLink, SnippetRequest } from './types';
export const APP_VERSION = '1.0.0';
export const BRAND_CONFIG = {
export const SUPPORTED_LANGUAGES = [
export const DEFAULT_LINKS: QuickLink[] = [
export const DEFAULT_REQUESTS: SnippetRequest[] = [
export const LOCALIZED_FALLBACKS: Record<string, string[]> = {
export const COLORS = [
export interface SearchEngine {
export const SEARCH_ENGINES: SearchEngine[] = [
export const DEFAULT_SEARCH_ENGINE = 'google';
export const REGIONAL_DEFAULT_GATEWAYS: Record<'China' | 'Overseas', QuickLink[]> = {
export const FEATUREBASE_URL = 'https://startlytab.featurebase.app'; // Replace with your actual Featurebase URL
