const jwt = require('jsonwebtoken')
const WECHAT_APP_ID = process.env.WECHAT_APP_ID
const WECHAT_APP_SECRET = process.env.WECHAT_APP_SECRET
const JWT_SECRETS = (process.env.JWT_SECRET || 'your-super-secret-jwt-key-change-in-production')
    const axios = require('axios')
