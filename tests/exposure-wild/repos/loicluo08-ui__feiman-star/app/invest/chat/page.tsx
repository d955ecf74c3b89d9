"use client";
import { FormEvent, KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { getTask, startTask, type BackgroundTask } from "@/lib/background-task";
import { MarkdownRenderer } from "@/components/markdown-renderer";
export default function ChatPage() {
            <p className="mt-0.5 text-xs text-[var(--text-muted)]">发文字或截图，AI帮你分析。截图走智谱GLM-4V，文字走DeepSeek。</p>
