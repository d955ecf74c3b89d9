import { chromium } from 'playwright'
import { join } from 'path'
const OUTPUT_DIR = join(import.meta.dirname, '..', 'demo-recordings')
  const { mkdirSync } = await import('fs')
