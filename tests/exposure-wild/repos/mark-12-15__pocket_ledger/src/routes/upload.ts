import Router from '@koa/router'
import { authMiddleware } from '../middleware/auth'
import pool from '../db'
import { parseWithGLM } from '../services/glm'
import { uploadFile } from '../services/storage'
import fs from 'fs'
import sharp from 'sharp'
import pdfParse from 'pdf-parse'
import path from 'path'
  let glmInput: string  // 传给 GLM 的内容：图片 base64 URL 或 PDF 提取的文本
    glmInput = `data:image/webp;base64,${fileBuffer.toString('base64')}`
    // 提取 PDF 文本传给 GLM
    glmInput = pdfData.text
    glmInput = `data:${mimeType};base64,${fileBuffer.toString('base64')}`
  // 异步调用 GLM 解析（不阻塞响应）
  parseWithGLM(glmInput, mimeType.startsWith('image/') ? 'image/webp' : mimeType).then(async (parsed) => {
  parseWithGLM(text, 'voice/text', today).then(async (parsed) => {
export default router
