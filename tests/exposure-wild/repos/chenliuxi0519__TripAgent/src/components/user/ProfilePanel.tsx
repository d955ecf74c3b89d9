import { useState, useEffect } from "react"
import { useSessionStore } from "@/stores/sessionStore"
import type { UserPreferences, BehaviorAnalytics } from "@/types"
import { Card } from "@/components/ui/card"
import { Button } from "@/components/ui/button"
import { Input } from "@/components/ui/input"
import { Badge } from "@/components/ui/badge"
import { ScrollArea } from "@/components/ui/scroll-area"
import { Separator } from "@/components/ui/separator"
import {
} from "lucide-react"
import { useT } from "@/i18n"
import { INTEREST_KEYS, ACCOMMODATION_OPTIONS, TRANSPORT_OPTIONS } from "@/constants/preferenceOptions"
export function ProfilePanel({ className }: ProfilePanelProps) {
                {t("prof.export")}
