export { MessageListComponent } from './message-list.component';
