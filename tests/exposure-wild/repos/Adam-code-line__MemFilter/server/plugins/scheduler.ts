import { useRuntimeConfig } from '#imports'
import { useMysql } from '~~/server/utils/db'
import { fetchTianApiNews, MAX_FETCH_LIMIT } from '~~/server/utils/tianApi'
import { storeArticleInVectorStore } from '~~/server/utils/qdrantStorage'
export default defineNitroPlugin((_nitroApp) => {
