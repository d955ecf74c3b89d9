import { KeyRound, Save } from "lucide-react";
import { useEffect, useState } from "react";
import { isLlmProviderId, LLM_PROVIDER_OPTIONS, type LlmProviderId } from "../lib/llmProviders";
import type { ApiKeySourceMode } from "../lib/storage";
export type ApiConnectionStatus = "idle" | "testing" | "success" | "error";
export default function ApiKeyInput({
