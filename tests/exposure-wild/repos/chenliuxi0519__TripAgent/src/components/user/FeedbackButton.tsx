import { useState } from "react"
import { useSessionStore } from "@/stores/sessionStore"
import { Button } from "@/components/ui/button"
import { Card } from "@/components/ui/card"
import { Textarea } from "@/components/ui/textarea"
import { Heart, ThumbsDown, MessageSquare, X } from "lucide-react"
import { useT } from "@/i18n"
export function FeedbackButton({
export function SaveDestinationButton({ destination, className }: SaveDestinationButtonProps) {
