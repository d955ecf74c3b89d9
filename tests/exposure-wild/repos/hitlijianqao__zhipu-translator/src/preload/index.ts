import electron from 'electron'
export interface TranslateRequest {
export interface TranslationResult {
export interface Settings {
