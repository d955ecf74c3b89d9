import { Signal } from '@angular/core';
import { ShiniTheme } from './shini-types';
export type AppTheme = 'light' | 'dark';
export interface IThemeService {
export interface ThemeMapping {
export const THEME_MAPPING: Readonly<Record<AppTheme, ShiniTheme>> = {
export interface ThemeChangeData {
export interface IThemeChangeObserver {
export interface ThemeStorageConfig {
export const DEFAULT_THEME_STORAGE: ThemeStorageConfig = {
export interface SystemThemePreference {
