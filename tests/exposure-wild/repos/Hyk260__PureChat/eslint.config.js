import js from "@eslint/js"
import tseslint from "@typescript-eslint/eslint-plugin"
import tsparser from "@typescript-eslint/parser"
import { defineConfig } from "eslint/config"
import prettier from "eslint-config-prettier"
import prettierPlugin from "eslint-plugin-prettier"
import simpleImportSort from "eslint-plugin-simple-import-sort"
import unusedImports from "eslint-plugin-unused-imports"
import pluginVue from "eslint-plugin-vue"
// import * as parserVue from "vue-eslint-parser";
import globals from "globals"
const isProd = process.env.NODE_ENV === "production"
    const mod = await import("./.eslintrc-auto-import.json", {
    return require("./.eslintrc-auto-import.json")
export default defineConfig([
        tsconfigRootDir: import.meta.dirname,
      "simple-import-sort": simpleImportSort,
      "@typescript-eslint/no-import-type-side-effects": "warn",
      "simple-import-sort/imports": "off",
      // "simple-import-sort/imports": [
      "simple-import-sort/exports": "warn",
      "simple-import-sort": simpleImportSort,
          tsconfigRootDir: import.meta.dirname,
      "simple-import-sort": simpleImportSort,
      "vue/prefer-import-from-vue": "warn",
      "simple-import-sort/imports": "off",
      // "simple-import-sort/imports": [
      "simple-import-sort/exports": "warn",
      "import/no-duplicates": "off",
