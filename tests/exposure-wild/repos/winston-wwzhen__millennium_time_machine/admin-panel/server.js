import express from 'express'
import { createProxyMiddleware } from 'http-proxy-middleware'
import path from 'path'
import dotenv from 'dotenv'
import 'vite'
dotenv.config()
const PORT = process.env.PORT || 6688
const isDev = process.env.NODE_ENV !== 'production'
  const axios = (await import('axios')).default
  const APPID = process.env.WECHAT_APPID
  const SECRET = process.env.WECHAT_APPSECRET
    const axios = (await import('axios')).default
    const API_BASE = process.env.API_BASE || 'https://api.weixin.qq.com'
    const ENV_ID = process.env.CLOUDBASE_ENV_ID
