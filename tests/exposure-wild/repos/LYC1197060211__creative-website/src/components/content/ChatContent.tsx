'use client'

import { ChatInterface } from '@/components/chat/ChatInterface'

export function ChatContent() {
  return <ChatInterface />
}
