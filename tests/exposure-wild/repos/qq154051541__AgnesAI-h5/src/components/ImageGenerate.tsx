import { useState, useEffect, useCallback, useRef, forwardRef, useImperativeHandle } from 'react'
import { Button, Select, Card, Modal, Notification } from 'animal-island-ui'
import { MODELS, SIZES, IMAGE_COUNTS, STORAGE_KEYS } from '../config/api'
import { generateImage, uploadToImgbb } from '../services/api'
import type { RequestResult } from '../types'
import type { ImageHistoryItem } from '../types'
import { getStorage, setStorage, copyToClipboard, downloadFile, formatTime, truncateText, formatResponseData, fileToJpegDataUri } from '../utils/helpers'
import ImagePreview from './ImagePreview'
export interface ImageGenerateHandle {
export default ImageGenerate
