import { Router, Request, Response } from 'express';
import { chatCompletions, streamChatCompletions, buildMessages } from '../api/chatglmApi.js';
import { config } from '../config/index.js';
import { handleAxiosError, formatSSEError } from '../utils/errors.js';
import type {
} from '../types/index.js';
    if (!config.chatglm.apiKey) {
      res.status(500).json({ error: 'ChatGLM API Key未配置' });
    // 构建ChatGLM API请求
    const model = request.model || config.chatglm.model;
    if (!config.chatglm.apiKey) {
      res.status(500).json({ error: 'ChatGLM API Key未配置' });
    // 构建ChatGLM API请求
    const model = request.model || config.chatglm.model;
    if (!config.chatglm.apiKey) {
      model: config.chatglm.model,
    if (!config.chatglm.apiKey) {
      model: config.chatglm.model,
export default router;
