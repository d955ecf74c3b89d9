import { useToast } from '#imports'
import type { SettingsContent } from './useSettingsContent'
import {
} from './useSettingsStore'
export const useSettingsForm = (content: MaybeRefOrGetter<SettingsContent>) => {
