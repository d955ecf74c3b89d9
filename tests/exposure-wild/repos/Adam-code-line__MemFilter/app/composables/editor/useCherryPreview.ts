import { nextTick, ref, shallowRef } from 'vue'
import type { CherryThemeConfig } from './useCherryMarkdown'
  if (import.meta.server || typeof document === 'undefined') {
  if (import.meta.server || typeof document === 'undefined') {
  if (import.meta.server || typeof window === 'undefined') {
    const echartsModule = await import('echarts')
export const useCherryPreview = (options: UseCherryPreviewOptions) => {
    if (import.meta.server || typeof document === 'undefined' || themeObserver) {
    if (import.meta.server || cherryInstance.value || isInitializing.value) {
        const CherryModule = await import('cherry-markdown')
