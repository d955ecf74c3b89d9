import { defineContentConfig, defineCollection, z } from '@nuxt/content'
export default defineContentConfig({
