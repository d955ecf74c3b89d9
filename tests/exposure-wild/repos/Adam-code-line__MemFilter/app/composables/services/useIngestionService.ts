import { randomUUID } from 'node:crypto'
import type { RowDataPacket } from 'mysql2'
import { z } from 'zod'
import { createError, getCookie, type H3Event } from 'h3'
import { useRuntimeConfig } from '#imports'
import { ensureAuthSchema, useMysql } from '~~/server/utils/db'
import { fetchArticleContent } from '~~/server/utils/articleExtractor'
import { storeArticleInVectorStore } from '~~/server/utils/qdrantStorage'
import { summarizeArticleContent } from '~~/server/utils/articleSummarizer'
import { fetchTianApiNews, MAX_FETCH_LIMIT } from '~~/server/utils/tianApi'
import { useAuthService } from './useAuthService'
import { useNotesService } from './useNotesService'
export interface MemorySource {
export interface MemoryRawItem {
export const ingestionSourceTypes = ['tianapi-general'] as const
export type IngestionSourceType = (typeof ingestionSourceTypes)[number]
export const useIngestionService = async (event: H3Event) => {
