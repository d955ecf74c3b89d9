import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Modal, Notification } from 'animal-island-ui'
import { STORAGE_KEYS } from '../config/api'
import { imageToPrompt, uploadToImgbb } from '../services/api'
import type { RequestResult, ApiResponse } from '../types'
import type { Img2PromptHistoryItem } from '../types'
import { getStorage, setStorage, copyToClipboard, formatTime, truncateText, fileToJpegDataUri } from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function Img2Prompt({ apiKey, errorMsg, onError, onLoadingChange, onUsePrompt }: Img2PromptProps) {
