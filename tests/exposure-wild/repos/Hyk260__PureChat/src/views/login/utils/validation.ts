import { reactive } from "vue"
import { $t } from "@/locales"
import { useUserStore } from "@/stores"
import { localStg } from "@/utils/storage"
const { DEV: isDev } = import.meta.env
export const defaultForm = reactive({
export const rules = reactive({
export const ruleForm = reactive({
export const updateRules = reactive({
