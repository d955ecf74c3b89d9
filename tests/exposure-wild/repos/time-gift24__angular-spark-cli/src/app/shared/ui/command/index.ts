export {
  CommandComponent,
  CommandTriggerDirective,
  CommandItemComponent,
  CommandInputComponent,
  CommandListComponent,
  CommandEmptyComponent,
  CommandGroupComponent,
  CommandSeparatorComponent,
  CommandShortcutComponent,
} from './command.component';
export type { CommandEvent, CommandShortcut, CommandValue } from './command.component';
