package com.example.myapplication.config

object ApiConfig {
    const val WS_URL = "wss://open.bigmodel.cn/api/paas/v4/realtime"
    
    // 这里仅作为示例，实际生产环境建议：
    // 1. 使用BuildConfig字段
    // 2. 使用加密存储
    // 3. 使用服务端中转
    const val API_KEY = "__ZAI_KEY_17009__"
} 