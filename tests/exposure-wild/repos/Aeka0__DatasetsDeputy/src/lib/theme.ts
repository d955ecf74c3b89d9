export type ThemePreference = "system" | "light" | "dark";
export type ResolvedTheme = "light" | "dark";
export type UiAnimationPreference = "system" | "on" | "off";
export type ResolvedUiAnimation = "on" | "off";
export type WindowRenderMode = "blur" | "acrylic";
export interface WindowRenderingSettings {
export function getThemePreference(): ThemePreference {
export function getUiAnimationPreference(): UiAnimationPreference {
export function resolveTheme(preference: ThemePreference): ResolvedTheme {
export function resolveUiAnimation(
export function applyTheme(preference = getThemePreference()) {
export function setThemePreference(preference: ThemePreference) {
export function watchSystemTheme() {
export function watchThemePreference(callback: (preference: ThemePreference) => void) {
export function applyUiAnimation(preference = getUiAnimationPreference()) {
export function setUiAnimationPreference(preference: UiAnimationPreference) {
export function watchSystemUiAnimation() {
export function watchUiAnimationPreference(
export function getWindowRenderMode() {
export function applyWindowRenderMode(mode = getWindowRenderMode()) {
export function setWindowRenderMode(mode: WindowRenderMode) {
export function watchWindowRenderMode(callback: (mode: WindowRenderMode) => void) {
export function getBottomUiOpacity() {
export function getTopUiOpacity() {
export function applyUiOpacity() {
export function setBottomUiOpacity(value: number) {
export function setTopUiOpacity(value: number) {
export function watchUiOpacity(callback: () => void) {
