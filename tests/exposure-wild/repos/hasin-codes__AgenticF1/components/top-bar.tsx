"use client"
import * as React from "react"
import { Bell, User, Settings, LogOut, Check } from "lucide-react"
import { cn } from "@/lib/utils"
import { Button } from "@/components/ui/button"
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar"
import {
} from "@/components/ui/dropdown-menu"
import { motion } from "framer-motion"
import BasicDropdown from "@/components/smoothui/basic-dropdown"
import { useTelemetry } from "@/lib/telemetry-context"
import { useChat } from "@/lib/chat-context"
export const USER_NAME = "Hasin Raiyan"
export const USER_EMAIL = "hasin@example.com"
export function TopBarLeft({ className }: { className?: string }) {
export function TopBarRight({ className }: { className?: string }) {
