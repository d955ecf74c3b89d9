import { useState } from "react"
import { useSessionStore } from "@/stores/sessionStore"
import { Card } from "@/components/ui/card"
import { Button } from "@/components/ui/button"
import { Badge } from "@/components/ui/badge"
import { ScrollArea } from "@/components/ui/scroll-area"
import { Shield, Eye, EyeOff, Download, Trash2, AlertTriangle } from "lucide-react"
import { useT } from "@/i18n"
export function PrivacySettings({ className }: PrivacySettingsProps) {
