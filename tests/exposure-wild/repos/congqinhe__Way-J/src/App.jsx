import React, { useMemo, useState, useRef, useEffect } from 'react';
import { getBlocksByWeekday, getCurrentBlock, getScheduleSummary, WEEKDAYS, BlockCategory, StatusCategory, CATEGORY_TAGS, loadOverrides, saveOverrides, findTemplateBlock, REMOVED_OVERRIDE_TITLE } from './scheduleData.js';
import * as zhipu from './services/zhipu.js';
import { loadChatMessages, saveChatMessages } from './utils/chatStorage.js';
import { parseScheduleUpdate } from './utils/parseScheduleUpdate.js';
import { saveExecutionRecord, loadExecutionLog, getExecutionHistorySummary, STATUS_LABELS } from './utils/executionLog.js';
  const hasKey = zhipu.hasApiKey();
    zhipu.setApiKey(apiKeyInput.trim());
      const reply = await zhipu.chatStream(apiMessages, (chunk) => {
          const followUpReply = await zhipu.chat([systemMsg, ...historyForApi, { role: 'user', content: REQUEST_UPDATE_PROMPT }]);
      const reply = await zhipu.chatStream(apiMessages, (chunk) => {
              未注册可前往 open.bigmodel.cn 申请；保存后可在对话页通过「设置」更换 Key。
export default function App() {
