import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Notification } from 'animal-island-ui'
import {
  ZHIPU_THINKING_MODES,
} from '../config/zhipu'
import {
  zhipuChatStream,
} from '../services/zhipu'
import type { ZhipuMessage, ZhipuContentBlock } from '../services/zhipu'
import type {
} from '../types'
import {
} from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function ZhipuChat({
  /* ===== 图片输入（GLM-4.6V-Flash） ===== */
    const thinkingType = ZHIPU_THINKING_MODES[thinkingModeIndex].value
    abortStreamRef.current = zhipuChatStream(
  /* ===== 图片输入（GLM-4.6V-Flash） ===== */
      const idx = ZHIPU_THINKING_MODES.findIndex((e) => e.value === item.reasoningEffort)
          {ZHIPU_THINKING_MODES.map((mode, i) => (
      {/* 图片输入（GLM-4.6V-Flash 多模态） */}
