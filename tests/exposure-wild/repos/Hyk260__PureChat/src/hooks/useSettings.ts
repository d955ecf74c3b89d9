import { h, watch } from "vue"
import { useRoute } from "vue-router"
import { ElMessageBox } from "element-plus"
import { getModelId } from "@pure/utils"
import { useChatStore, useRobotStore, useRouteStore } from "@/stores"
const { VITE_OPENAI_API_KEY, VITE_OPENAI_PROXY_URL, DEV: isDev } = import.meta.env
export function extractSettingsFromUrl(url?: string) {
export async function autofillProvider(settings: UrlSettings) {
export function useSettings(options: UseSettingsOptions = { autoWatch: true }) {
