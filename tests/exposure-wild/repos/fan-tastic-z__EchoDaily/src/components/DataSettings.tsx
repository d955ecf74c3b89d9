import { useState } from 'react'
import { Download, Upload, FileText, X } from 'lucide-react'
import { save, open } from '@tauri-apps/plugin-dialog'
import { writeTextFile, readTextFile } from '@tauri-apps/plugin-fs'
import { exportData, importData } from '../lib/api'
import type { ImportOptions } from '../types'
export function DataSettingsDialog({ isOpen, onClose }: DataSettingsDialogProps) {
