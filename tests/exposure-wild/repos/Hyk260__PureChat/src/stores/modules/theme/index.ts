import { ThemeMode, ThemeModeKey } from "@/theme/settings"
import { defineStore } from "pinia"
import { SetupStoreId } from "@/stores/enum"
import type { ThemeState } from "./type"
// import { useEventListener, usePreferredColorScheme } from "@vueuse/core";
export const useThemeStore = defineStore(SetupStoreId.Theme, {
