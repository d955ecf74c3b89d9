import { computed, onMounted, ref } from 'vue'
import { nanoid } from 'nanoid'
import type { AIChatMessage } from '~/composables/chat/types'
export interface ChatSessionRecord {
export type ChatSessionSummary = Omit<ChatSessionRecord, 'messages'>
export interface UseAIChatSessionsOptions {
export interface DeleteSessionResult {
export const useAIChatSessions = (options: UseAIChatSessionsOptions = {}) => {
    if (!import.meta.client) {
    if (!import.meta.client) {
  if (import.meta.client) {
