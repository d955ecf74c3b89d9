import { useState, useMemo } from "react"
import { Card } from "@/components/ui/card"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { ScrollArea } from "@/components/ui/scroll-area"
import { cn } from "@/lib/utils"
import type { AgentMessage } from "@/services/multiAgentService"
export function ToolCallVisualization({
export function ToolCallInline({ messages }: { messages: AgentMessage[] }) {
