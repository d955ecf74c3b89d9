'use client'

import React from 'react'

export default function NotFound() {
  return (
    <div>
      <h1>404 - 页面未找到</h1>
      <p>抱歉，您请求的页面不存在。</p>
    </div>
  )
}