import { defineConfig } from "file:///D:/filework/excel-to-diagram/node_modules/vitest/dist/config.js";
import vue from "file:///D:/filework/excel-to-diagram/node_modules/@vitejs/plugin-vue/dist/index.mjs";
import { resolve } from "path";
export {
