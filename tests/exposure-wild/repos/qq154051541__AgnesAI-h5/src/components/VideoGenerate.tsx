import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Select, Modal, Notification } from 'animal-island-ui'
import { VIDEO_SIZES, VIDEO_DURATIONS, STORAGE_KEYS } from '../config/api'
import { createVideoTask, queryVideoTask, uploadToImgbb } from '../services/api'
import type { RequestResult, ApiResponse } from '../types'
import type { VideoHistoryItem } from '../types'
import { getStorage, setStorage, copyToClipboard, downloadFile, formatTime, truncateText, formatResponseData, fileToJpegDataUri } from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function VideoGenerate({ apiKey, errorMsg, onError, onLoadingChange }: VideoGenerateProps) {
