export { AiChatStateService } from './ai-chat-state.service';
