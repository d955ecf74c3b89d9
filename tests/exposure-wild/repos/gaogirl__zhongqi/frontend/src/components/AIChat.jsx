import React, { useMemo, useRef, useState, useEffect } from 'react';
import { chatRequest } from '../services/ai';
import './AIChat.css';
// 通用 AI 对话组件（支持 glm-4.5 与 glm-4.5-flash，支持流式）
export default function AIChat({ defaultModel = 'glm-4.5' }) {
              <option value="glm-4.5">glm-4.5（高质量）</option>
              <option value="glm-4.5-flash">glm-4.5-flash（低延迟）</option>
