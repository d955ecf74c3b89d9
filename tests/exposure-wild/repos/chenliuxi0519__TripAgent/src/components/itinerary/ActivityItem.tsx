import { Badge } from "@/components/ui/badge"
import { Clock, MapPin, DollarSign, ExternalLink } from "lucide-react"
import type { Activity } from "@/types"
import { useT } from "@/i18n"
export function ActivityItem({ activity }: ActivityItemProps) {
