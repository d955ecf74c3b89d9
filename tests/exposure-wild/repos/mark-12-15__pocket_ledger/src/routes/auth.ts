import Router from '@koa/router'
import axios from 'axios'
import jwt from 'jsonwebtoken'
import pool from '../db'
import { authMiddleware } from '../middleware/auth'
      appid: process.env.WX_APPID,
      secret: process.env.WX_SECRET,
    if (process.env.NODE_ENV !== 'production') {
  const token = jwt.sign({ userId }, process.env.JWT_SECRET!, { expiresIn: '30d' })
  const payload = jwt.verify(token, process.env.JWT_SECRET!) as { userId: number }
  const newToken = jwt.sign({ userId: payload.userId }, process.env.JWT_SECRET!, { expiresIn: '30d' })
  const token = jwt.sign({ userId: user.id }, process.env.JWT_SECRET!, { expiresIn: '30d' })
  ctx.body = { code: 0, message: '发送成功', _dev_code: process.env.NODE_ENV !== 'production' ? code : undefined }
export default router
