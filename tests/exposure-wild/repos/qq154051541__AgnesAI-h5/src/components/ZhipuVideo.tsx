import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Select, Modal, Notification } from 'animal-island-ui'
import {
  ZHIPU_VIDEO_SIZES,
  ZHIPU_VIDEO_DURATIONS,
  ZHIPU_VIDEO_FPS,
  ZHIPU_VIDEO_QUALITY,
  ZHIPU_VIDEO_POLL_INTERVAL,
  ZHIPU_STORAGE_KEYS,
  ZHIPU_VIDEO_MODEL
} from '../config/zhipu'
import { zhipuCreateVideoTask, zhipuQueryVideoTask, uploadToImgbbZhipu } from '../services/zhipu'
import type { RequestResult, ApiResponse } from '../types'
import type { ZhipuVideoHistoryItem } from '../types'
import {
} from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function ZhipuVideo({
    const savedHistory = getStorage<ZhipuVideoHistoryItem[]>(ZHIPU_STORAGE_KEYS.VIDEO_HISTORY)
    setStorage(ZHIPU_STORAGE_KEYS.VIDEO_HISTORY, items)
        model: ZHIPU_VIDEO_MODEL,
        requestRef.current = zhipuQueryVideoTask(apiKey.trim(), taskId)
                  const sizeVal = ZHIPU_VIDEO_SIZES[sizeIndex].value
                  const durationVal = ZHIPU_VIDEO_DURATIONS[durationIndex].value
                  const fpsVal = ZHIPU_VIDEO_FPS[fpsIndex].value
                  const qualityVal = ZHIPU_VIDEO_QUALITY[qualityIndex].value
      }, ZHIPU_VIDEO_POLL_INTERVAL)
    const sizeVal = ZHIPU_VIDEO_SIZES[sizeIndex].value
    const durationVal = ZHIPU_VIDEO_DURATIONS[durationIndex].value
    const fpsVal = ZHIPU_VIDEO_FPS[fpsIndex].value
    const qualityVal = ZHIPU_VIDEO_QUALITY[qualityIndex].value
    requestRef.current = zhipuCreateVideoTask(apiKey.trim(), {
            options={ZHIPU_VIDEO_SIZES.map((s, i) => ({ key: String(i), label: s.label }))}
            options={ZHIPU_VIDEO_DURATIONS.map((d, i) => ({ key: String(i), label: d.label }))}
            options={ZHIPU_VIDEO_FPS.map((f, i) => ({ key: String(i), label: f.label }))}
            options={ZHIPU_VIDEO_QUALITY.map((q, i) => ({ key: String(i), label: q.label }))}
