import { defineConfig, loadEnv } from 'vite';
import uniModule from '@dcloudio/vite-plugin-uni';
import path from 'path';
import fs from 'fs';
import { createRequire } from 'module';
import { normalizeAppRuntimeIndexFile } from './scripts/build/app-runtime-html.js';
import { VitePWA } from 'vite-plugin-pwa';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import postcssColorMixFallback from './scripts/build/postcss-color-mix-fallback.js';
const uniCliSharedUtils = require('@dcloudio/uni-cli-shared/dist/utils.js');
    Boolean(process.env.UNI_HBUILDERX_PLUGINS) && Boolean(process.env.RUN_BY_HBUILDERX || process.env.HX_Version);
        if (process.env.UNI_COMPILER === 'nvue') return;
        const sourcePath = path.resolve(process.env.UNI_INPUT_DIR || __dirname, 'manifest.json');
        if (process.env.UNI_COMPILER === 'nvue') return;
      const platform = process.env.UNI_PLATFORM || '';
export default defineConfig(({ command, mode }) => {
  const platform = process.env.UNI_PLATFORM || env.UNI_PLATFORM || '';
  const isNvueCompiler = process.env.UNI_COMPILER === 'nvue';
  const appInputDir = process.env.UNI_INPUT_DIR
    ? path.resolve(process.env.UNI_INPUT_DIR)
  process.env.VITE_ROOT_DIR = viteRootDir;
      'process.env.NODE_ENV': JSON.stringify(mode),
      'process.env.SENTRY_DSN': JSON.stringify(env.VITE_SENTRY_DSN || ''),
      __APP_VERSION__: JSON.stringify(env.npm_package_version || '1.0.0'),
          silenceDeprecations: ['legacy-js-api', 'import', 'global-builtin'],
      port: parseInt(env.VITE_DEV_PORT) || 5173,
          target: env.VITE_API_BASE_URL || 'https://nf98ia8qnt.sealosbja.site',
      port: parseInt(env.VITE_PREVIEW_PORT) || 4173,
