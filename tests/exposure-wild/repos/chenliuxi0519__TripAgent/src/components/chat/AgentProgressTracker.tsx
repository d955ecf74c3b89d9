import { Card } from "@/components/ui/card"
import { Badge } from "@/components/ui/badge"
import { Progress } from "@/components/ui/progress"
import { ScrollArea } from "@/components/ui/scroll-area"
import { cn } from "@/lib/utils"
import type { AgentMessage, AgentRole } from "@/services/multiAgentService"
export function AgentProgressTracker({ stages, className }: AgentProgressTrackerProps) {
export function messagesToProgressStages(
