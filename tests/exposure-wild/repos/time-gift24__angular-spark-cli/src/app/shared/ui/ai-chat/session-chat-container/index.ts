export * from './session-chat-container.component';
