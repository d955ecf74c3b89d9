import { defineConfig, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tsconfigPaths from 'vite-tsconfig-paths';
import { VitePWA } from 'vite-plugin-pwa';
import { visualizer } from 'rollup-plugin-visualizer';
import { ViteImageOptimizer } from 'vite-plugin-image-optimizer';
import path from 'path';
import { compression } from 'vite-plugin-compression2';
import { viteStaticCopy } from 'vite-plugin-static-copy';
  const env = process.env.NODE_ENV || process.env.BUILD_ENV;
    disable: getBuildEnvironment() === BUILD_ENVIRONMENTS.DEVELOPMENT && !process.env.FORCE_IMAGE_OPTIMIZATION
  if (process.env.ANALYZE === 'true') {
          [require('zlib').constants.BROTLI_PARAM_QUALITY]: 11
      require('rollup-plugin-terser').terser({
export default defineConfig(({ command, mode }) => {
      conditions: ['import', 'module', 'browser', 'default', 'require']
          require('tailwindcss'),
          require('autoprefixer'),
          ...(isProduction ? [require('cssnano')] : [])
