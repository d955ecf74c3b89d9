import { useState, useRef, useEffect } from "react";
import {
} from "lucide-react";
import { generateMarkdownReport } from "@/lib/storage";
import type { AnalysisResult } from "@/lib/types";
export function Header({
