export type KeyboardShortcutTarget = Window | Document | HTMLElement
export interface KeyboardShortcut extends ModifierState {
export interface UseKeyboardShortcutOptions {
export const useKeyboardShortcut = (
