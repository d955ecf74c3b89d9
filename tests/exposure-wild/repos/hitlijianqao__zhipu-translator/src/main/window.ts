import electron from 'electron'
import path from 'path'
import { getSettings, getWindowState, setWindowState } from './store'
const RENDERER_URL = process.env.ELECTRON_RENDERER_URL || ''
export function getOrCreatePopupWindow(): BrowserWindow {
export function showTranslationPopup(text: string): void {
export function hideTranslationPopup(): void {
export function toggleMiniMode(): void {
export function setAlwaysOnTop(alwaysOnTop: boolean): void {
export function getOrCreateSettingsWindow(): BrowserWindow {
export function showSettingsWindow(): void {
export function closeSettingsWindow(): void {
export function getIsMiniMode(): boolean {
