import { useEffect, useState } from 'react'
import { useTranslationStore } from '../store/translationStore'
export default function MiniMode() {
