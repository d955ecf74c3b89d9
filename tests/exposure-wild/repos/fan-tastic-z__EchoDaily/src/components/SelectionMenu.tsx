import { useState, useRef, useEffect } from 'react'
import { Wand2, Plus, Loader2, Languages, X } from 'lucide-react'
import { aiPolish } from '../lib/api'
import { useAppStore } from '../store/useAppStore'
export function SelectionMenu({ isVisible, position, selectedText, onReplace, onClose }: Props) {
