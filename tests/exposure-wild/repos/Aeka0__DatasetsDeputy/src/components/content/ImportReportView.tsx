import { AlertTriangle, CheckCircle2, FileWarning, Search } from "lucide-react";
import { useDatasetStore } from "../../stores/datasetStore";
export function ImportReportView() {
