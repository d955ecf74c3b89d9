import { useState, useEffect, useCallback, useRef, forwardRef, useImperativeHandle } from 'react'
import { Button, Select, Modal, Notification } from 'animal-island-ui'
import {
  ZHIPU_IMAGE_SIZES,
  ZHIPU_STORAGE_KEYS,
  ZHIPU_IMAGE_MODEL,
  ZHIPU_REQUEST_INTERVAL,
  ZHIPU_MAX_RETRIES,
  ZHIPU_RETRY_BASE_DELAY,
  ZHIPU_RATE_LIMIT_WINDOW_MS,
  ZHIPU_RATE_LIMIT_MAX_REQUESTS
} from '../config/zhipu'
import { IMAGE_COUNTS } from '../config/api'
import { zhipuGenerateImage } from '../services/zhipu'
import type { SenseNovaImageHistoryItem, RequestResult, ApiResponse } from '../types'
import {
} from '../utils/helpers'
import ImagePreview from './ImagePreview'
export interface ZhipuImageHandle {
    const savedImg = getStorage<SenseNovaImageHistoryItem[]>(ZHIPU_STORAGE_KEYS.IMAGE_HISTORY)
    setStorage(ZHIPU_STORAGE_KEYS.IMAGE_HISTORY, items)
    const size = ZHIPU_IMAGE_SIZES[imgSizeIndex].value
          model: ZHIPU_IMAGE_MODEL,
     * 1. 最小请求间隔 ZHIPU_REQUEST_INTERVAL
     * 2. 滑动窗口 ZHIPU_RATE_LIMIT_WINDOW_MS 内不超过 ZHIPU_RATE_LIMIT_MAX_REQUESTS
      const intervalDelay = Math.max(0, ZHIPU_REQUEST_INTERVAL - elapsed)
        (ts) => now - ts < ZHIPU_RATE_LIMIT_WINDOW_MS
      if (requestTimestampsRef.current.length >= ZHIPU_RATE_LIMIT_MAX_REQUESTS) {
        windowDelay = ZHIPU_RATE_LIMIT_WINDOW_MS - (now - oldestTs) + 200 // 200ms 余量
      const request = zhipuGenerateImage(apiKey.trim(), imgPrompt.trim(), size)
          if (isRateLimitError(res.statusCode, errMsg) && retryCount < ZHIPU_MAX_RETRIES) {
            const retryDelay = ZHIPU_RETRY_BASE_DELAY * Math.pow(2, retryCount)
          if (isRateLimitError(0, errMsg) && retryCount < ZHIPU_MAX_RETRIES) {
            const retryDelay = ZHIPU_RETRY_BASE_DELAY * Math.pow(2, retryCount)
    const idx = ZHIPU_IMAGE_SIZES.findIndex((s) => s.value === item.size)
            options={ZHIPU_IMAGE_SIZES.map((s, i) => ({ key: String(i), label: s.label }))}
                const idx = ZHIPU_IMAGE_SIZES.findIndex((s) => s.value === detailItem.size)
export default ZhipuImage
