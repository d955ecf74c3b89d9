import { AppSettings, DEFAULT_SETTINGS, Theme } from '../types';
import { DEFAULT_KEY } from './zhipu';
const STORAGE_KEY = 'glm4_voice_settings_v2'; // Version bump to ensure new defaults load if empty
export const loadSettings = (): AppSettings => {
export const saveSettings = (settings: AppSettings) => {
export const getActiveApiKey = (settings: AppSettings): string => {
export const applyTheme = (theme: Theme, customCss?: string) => {
