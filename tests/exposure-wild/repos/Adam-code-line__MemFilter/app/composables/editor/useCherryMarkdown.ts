import { ref, shallowRef } from 'vue'
export interface CherryThemeEntry {
export interface CherryThemeConfig {
  if (import.meta.server || typeof document === 'undefined') {
  if (import.meta.server || typeof document === 'undefined') {
  if (import.meta.server || typeof window === 'undefined') {
    const echartsModule = await import('echarts')
export const useCherryMarkdown = (options: UseCherryMarkdownOptions) => {
    if (import.meta.server || typeof document === 'undefined' || themeObserver) {
    if (cherryInstance.value || import.meta.server) {
      const CherryModule = await import('cherry-markdown')
