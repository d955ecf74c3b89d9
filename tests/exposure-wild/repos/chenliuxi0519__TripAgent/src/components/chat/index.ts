/**
 * Chat Components
 *
 * Complete set of chat UI components for Trip Agent.
 * Supports real-time agent thinking process display with streaming.
 */

export { ChatWindow } from "./ChatWindow"
export { MessageBubble } from "./MessageBubble"
export { MessageList } from "./MessageList"
export { InputArea } from "./InputArea"
export { ThinkingIndicator } from "./ThinkingIndicator"
export { AgentMessageList } from "./AgentMessageList"
export { AgentMessage } from "./AgentMessage"
