export { AiChatPanelComponent } from './ai-chat-panel.component';
