import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Modal, Notification } from 'animal-island-ui'
import { SENSENOVA_STORAGE_KEYS, SENSENOVA_VISION_MODEL } from '../config/sensenova'
import { sensenovaImageToPrompt, uploadToImgbbSenseNova } from '../services/sensenova'
import type { RequestResult, ApiResponse } from '../types'
import type { Img2PromptHistoryItem } from '../types'
import { getStorage, setStorage, copyToClipboard, formatTime, truncateText, fileToJpegDataUri } from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function SenseNovaImg2Prompt({
