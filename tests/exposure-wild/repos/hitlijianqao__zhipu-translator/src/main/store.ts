import electron from 'electron'
import * as fs from 'fs'
import * as path from 'path'
export interface Settings {
export interface WindowState {
  model: 'glm-4-flash',
export function initStore(): void {
export function getApiKey(): string {
export function setApiKey(key: string): void {
export function getSettings(): Settings {
export function updateSettings(partial: Partial<Settings>): Settings {
export function getWindowState(): WindowState | null {
export function setWindowState(state: WindowState): void {
