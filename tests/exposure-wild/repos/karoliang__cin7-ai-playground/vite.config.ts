import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'path'
import { visualizer } from 'rollup-plugin-visualizer'
export default defineConfig({
    process.env.ANALYZE === 'true' && visualizer({
    sourcemap: process.env.NODE_ENV === 'development',
        drop_console: process.env.NODE_ENV === 'production',
          if (id.includes('src/components/export/')) {
          if (id.includes('src/components/import/')) {
            return 'import-components'
    // Dynamic import variables
    __DEV__: process.env.NODE_ENV === 'development',
    __PROD__: process.env.NODE_ENV === 'production',
    __ENABLE_CACHE__: JSON.stringify(process.env.ENABLE_CACHE !== 'false'),
    __ENABLE_PERFORMANCE_MONITORING__: JSON.stringify(process.env.ENABLE_PERFORMANCE_MONITORING !== 'false'),
    'import.meta.env.VITE_REACT_VERSION': JSON.stringify('18.2.0')
