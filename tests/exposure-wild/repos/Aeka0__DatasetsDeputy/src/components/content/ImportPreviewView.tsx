import { ArrowLeft, FolderOpen, Play } from "lucide-react";
import { useDatasetStore } from "../../stores/datasetStore";
export function ImportPreviewView() {
