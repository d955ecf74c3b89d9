import { useEffect, useCallback, useState, useRef } from 'react'
import { useTranslationStore } from '../store/translationStore'
import LanguageSelector from './LanguageSelector'
import { speak } from '../utils/tts'
import HistoryPanel from './HistoryPanel'
export default function TranslationPopup() {
