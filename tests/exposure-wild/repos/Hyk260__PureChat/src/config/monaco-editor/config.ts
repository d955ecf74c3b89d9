import type { editor } from "monaco-editor"
export const MONACO_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
export const setupCustomContextMenu = (editor: editor.IStandaloneCodeEditor) => {
  import("monaco-editor").then((monaco) => {
export const hideBuiltInContextMenuItems = () => {
