import { useState, useEffect } from 'react'
import { useTheme } from '@/hooks/useTheme'
import { Link } from 'react-router-dom'
import ModelSelector from '@/components/ModelSelector'
import ThemePreviewModal from '@/components/ThemePreviewModal'
export default function Settings() {
