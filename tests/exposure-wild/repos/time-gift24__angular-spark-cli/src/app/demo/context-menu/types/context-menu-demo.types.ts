import { ContextMenuItem } from '@app/shared/ui/context-menu/index';

/**
 * Example configuration for context menu demos
 */
export interface ContextMenuExample {
  title: string;
  description: string;
  items: ContextMenuItem[];
}
