import { useState, useCallback, useEffect, useRef } from "react";
import { Header } from "@/components/Header";
import { InputPanel } from "@/components/InputPanel";
import { ResultPanel } from "@/components/ResultPanel";
import { PrintReport } from "@/components/PrintReport";
import { AgentPipeline, dispatchPipelineUpdate } from "@/components/AgentPipeline";
import { demoResume, demoJD, demoExtraProjects } from "@/lib/demo-data";
import { loadFromStorage, saveToStorage, clearStorage } from "@/lib/storage";
import {
} from "@/lib/aiService";
import type { AnalysisResult } from "@/lib/types";
import type { PipelineStageUpdate } from "@/lib/aiService";
export default function App() {
