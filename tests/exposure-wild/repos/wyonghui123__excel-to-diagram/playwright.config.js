import { defineConfig, devices } from '@playwright/test'
import path from 'path'
export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 1,
