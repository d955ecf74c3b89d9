import type { Trip, DayPlan, Activity } from "@/types"
import type { Language } from "@/stores/uiStore"
export class MarkdownExportService {
