import {
} from "element-plus"
import type { App, Component } from "vue"
import "element-plus/dist/index.css"
import "element-plus/theme-chalk/dark/css-vars.css"
const { VITE_AUTO_COMPONENT } = import.meta.env
export function useElementPlus(app: App) {
