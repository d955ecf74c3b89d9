"use client"
import * as React from "react"
import {
} from "lucide-react"
import {
} from "react-day-picker"
import { cn } from "@/lib/utils"
import { Button, buttonVariants } from "@/components/ui/button"
export { Calendar, CalendarDayButton }
