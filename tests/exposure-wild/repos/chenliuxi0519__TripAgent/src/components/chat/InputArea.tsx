import { useState, useRef, useEffect } from "react"
import { Button } from "@/components/ui/button"
import { Textarea } from "@/components/ui/textarea"
import { Send, Loader2, Square } from "lucide-react"
import { cn } from "@/lib/utils"
import { motion } from "framer-motion"
import { useT } from "@/i18n"
export function InputArea({ onSend, onCancel, disabled }: InputAreaProps) {
