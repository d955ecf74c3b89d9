import type { UserAction, UserPreferences, VisualScheme, VisualElement } from '@/types'
export class PreferenceLearner {
