export {
  CollapsibleComponent,
  CollapsibleTriggerComponent,
  CollapsibleContentComponent,
  CollapsibleHeaderComponent,
} from './collapsible.component';
