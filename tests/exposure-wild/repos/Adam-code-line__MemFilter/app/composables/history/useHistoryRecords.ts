import { useState } from '#imports'
import type { NoteRecord } from '~/composables/note/types'
export type HistoryStatus = 'recoverable' | 'archived' | 'purged'
export interface HistoryRecord extends NoteRecord {
export interface HistoryTimelineEvent {
export interface HistoryRestoreLogItem {
export const useHistoryRecords = (options: UseHistoryRecordsOptions) => {
