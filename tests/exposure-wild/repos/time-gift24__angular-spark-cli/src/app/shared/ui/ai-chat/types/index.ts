/**
 * Barrel export for AI Chat types
 */

export type {
  ChatMessage,
  MessageRole,
  MessageAction,
  BadgeType,
  StatusBadge,
} from './chat.types';
