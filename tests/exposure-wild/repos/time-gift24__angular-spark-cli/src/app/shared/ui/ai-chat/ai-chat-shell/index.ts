export { AiChatShellComponent } from './ai-chat-shell.component';
