import type { DefaultThemeOptions } from 'vuepress'
import { defineUserConfig } from 'vuepress'
const { path } = require('@vuepress/utils')
const isProduction = process.env.NODE_ENV === 'production'
const isVercel = process.env.VERCEL === '1'
const base = isVercel ? '/' : process.env.BUILD_ENV || '/vuepress/'
  process.env.VUEPRESS_AI_SUMMARY_API,
  process.env.VUEPRESS_AI_CHAT_API,
export default defineUserConfig<DefaultThemeOptions>({
                  process.env.VUEPRESS_API_PROXY_TARGET ||
