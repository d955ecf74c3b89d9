import { useState } from "react"
import { useSessionStore } from "@/stores/sessionStore"
import { Button } from "@/components/ui/button"
import { Card } from "@/components/ui/card"
import { Input } from "@/components/ui/input"
import { Badge } from "@/components/ui/badge"
import { ChevronRight, ChevronLeft, Check, Sparkles } from "lucide-react"
import { useT } from "@/i18n"
import { INTEREST_KEYS, ACCOMMODATION_OPTIONS, TRANSPORT_OPTIONS } from "@/constants/preferenceOptions"
export function OnboardingFlow({ onComplete, className }: OnboardingFlowProps) {
export function QuickTemplateCard({
