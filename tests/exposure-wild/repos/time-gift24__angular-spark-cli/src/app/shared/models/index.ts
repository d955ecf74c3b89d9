export type { ChatMessage, MessageAction, ChatMessageRole } from './chat-message.interface';
export type { SessionData, PanelPosition, PanelSize, SessionColor, SessionMode } from './session-data.interface';
export { SessionStatus } from './session-data.interface';
export type { PanelState } from './panel-state.interface';
