import type {
} from '~/composables/note/types'
import { IMPORTANCE_METADATA } from '~/composables/note-memory/importanceMetadata'
import { ensureAuthSchema, useMysql } from '~~/server/utils/db'
export const DAY_IN_MS = 24 * 60 * 60 * 1000
export const runNightlyRecalculation = async () => {
