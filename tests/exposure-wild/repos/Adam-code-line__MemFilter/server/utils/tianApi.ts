import { randomUUID } from 'node:crypto'
import { createError } from 'h3'
import { useRuntimeConfig } from '#imports'
import { fetchArticleContent } from '~~/server/utils/articleExtractor'
export const MAX_FETCH_LIMIT = 500
export const fetchTianApiNews = async (
