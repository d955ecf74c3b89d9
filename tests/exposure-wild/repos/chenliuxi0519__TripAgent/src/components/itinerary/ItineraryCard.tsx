import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { MapPin, Calendar, DollarSign, Download, ChevronDown, FileText, Printer } from "lucide-react"
import { useState, useRef, useEffect, useMemo } from "react"
import { DayPlanCard } from "./DayPlanCard"
import { ItineraryMap } from "./ItineraryMap"
import { ExportService } from "@/services/exportService"
import { useT } from "@/i18n"
import { toast } from "sonner"
import { AnimatePresence, motion } from "framer-motion"
import type { Trip } from "@/types"
export function ItineraryCard({ trip }: ItineraryCardProps) {
  // Click outside to close export menu
                {t("card.export")}
