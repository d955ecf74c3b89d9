import type {
} from "@/types"
import { getUserPreferences } from "@/stores/sessionStore"
export class PreferenceLearningService {
