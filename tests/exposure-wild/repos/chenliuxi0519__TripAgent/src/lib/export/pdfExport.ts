 * PDF export — language-aware, CJK-safe.
import type { Trip, DayPlan, Activity } from "@/types"
import { useUiStore } from "@/stores/uiStore"
import type { Language } from "@/stores/uiStore"
<script>window.addEventListener("load",()=>{setTimeout(()=>window.print(),400)})</script>
export class PdfExportService {
