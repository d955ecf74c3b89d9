import { useEffect, useState, useMemo } from "react"
import { useSessionStore } from "@/stores/sessionStore"
import { OnboardingFlow } from "./OnboardingFlow"
import { ProfilePanel } from "./ProfilePanel"
import { PrivacySettings } from "./PrivacySettings"
import { Card } from "@/components/ui/card"
import { Button } from "@/components/ui/button"
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs"
import { Badge } from "@/components/ui/badge"
import { User, Sparkles, Shield, X } from "lucide-react"
import { useT } from "@/i18n"
export function UserDashboard({ onClose, className }: UserDashboardProps) {
export function UserMenu({ onOpenDashboard, className }: UserMenuProps) {
