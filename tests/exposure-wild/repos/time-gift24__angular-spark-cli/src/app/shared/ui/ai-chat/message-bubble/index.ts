export { MessageBubbleComponent } from './message-bubble.component';
