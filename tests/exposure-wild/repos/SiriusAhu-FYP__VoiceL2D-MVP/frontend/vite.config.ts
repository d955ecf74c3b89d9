import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react-swc'
import { readFileSync, readdirSync, statSync, existsSync } from 'fs'
import { join } from 'path'
export default defineConfig({
