import type { RowDataPacket } from 'mysql2'
import { createError, type H3Event } from 'h3'
import { useRuntimeConfig } from '#imports'
import { getCookie } from 'h3'
import { ensureAuthSchema, useMysql } from '~~/server/utils/db'
import type { NoteAIEvaluation, NoteAICompression } from '~/composables/note/types'
import { useAuthService } from './useAuthService'
export interface NoteRow extends RowDataPacket {
export interface PersistedNote {
export interface NotePersistPayload {
export const useNotesService = async (event: H3Event) => {
