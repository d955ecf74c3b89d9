import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Modal, Notification } from 'animal-island-ui'
import { ZHIPU_STORAGE_KEYS, ZHIPU_VISION_MODEL } from '../config/zhipu'
import { zhipuImageToPrompt, uploadToImgbbZhipu } from '../services/zhipu'
import type { RequestResult, ApiResponse } from '../types'
import type { Img2PromptHistoryItem } from '../types'
import { getStorage, setStorage, copyToClipboard, formatTime, truncateText, fileToJpegDataUri } from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function ZhipuImg2Prompt({
    const savedHistory = getStorage<Img2PromptHistoryItem[]>(ZHIPU_STORAGE_KEYS.IMG2PROMPT_HISTORY)
    setStorage(ZHIPU_STORAGE_KEYS.IMG2PROMPT_HISTORY, items)
    requestRef.current = zhipuImageToPrompt(apiKey.trim(), imageUrl.trim(), lang)
        使用 GLM-4.6V-Flash 多模态视觉模型，上传参考图片即可反推生成适配 CogView-3-Flash 的结构化提示词，支持中英文输出，一键填入文生图。
          <div className="agnes-loading-text agnes-loading-dots">GLM-4.6V-Flash 正在分析图片，生成提示词</div>
              <span className="agnes-detail-value">{ZHIPU_VISION_MODEL}</span>
