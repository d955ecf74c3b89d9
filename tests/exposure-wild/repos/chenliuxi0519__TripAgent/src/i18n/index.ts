import { useUiStore, type Language } from "@/stores/uiStore"
  "card.export": "导出",
  "api.desc.glm": "推荐使用 - 国内访问快速，支持中文",
  "prof.export": "导出",
  "card.export": "Export",
  "card.exportFail": "{f} export failed, please retry",
  "api.desc.glm": "Recommended — fast in China, supports Chinese",
  "prof.export": "Export",
  "priv.rightExport": "Right to export",
export function translate(lang: Language, key: string, vars?: Record<string, string | number>): string {
export function t(key: string, vars?: Record<string, string | number>): string {
export function useT() {
