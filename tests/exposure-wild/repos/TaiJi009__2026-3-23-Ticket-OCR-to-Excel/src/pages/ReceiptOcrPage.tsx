import { Download, LoaderCircle, Play, RefreshCw, Trash2, X, ZoomIn } from "lucide-react";
import {
} from "react";
import { flushSync } from "react-dom";
import ApiKeyInput from "../components/ApiKeyInput";
import ImageUploader from "../components/ImageUploader";
import MergedReceiptTable from "../components/MergedReceiptTable";
import ReceiptTable from "../components/ReceiptTable";
import { resolveZhipuApiKey } from "../config/builtinApi";
import { exportReceiptsToExcel, type ExportMode } from "../lib/exportExcel";
import { receiptHasSubtotalTotalMismatch } from "../lib/receiptTotalCheck";
import type { LlmProviderId } from "../lib/llmProviders";
import { recognizeReceipt, testApiKey } from "../lib/receiptVisionLlm";
import {
} from "../lib/storage";
import type { QueueFile, Receipt } from "../types/receipt";
export default function ReceiptOcrPage() {
    () => (apiKeySourceMode === "builtin" ? "zhipu" : customLlmProvider),
