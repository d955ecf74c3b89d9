import { useState, computed, watch } from '#imports'
import { nanoid } from 'nanoid'
import type { NoteRecord } from '../note/types'
import { useSettingsStore } from '../settings/useSettingsStore'
export interface NotificationEntry {
export const useNotificationCenter = () => {
