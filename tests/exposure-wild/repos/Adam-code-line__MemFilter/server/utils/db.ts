import type { Pool, PoolOptions } from 'mysql2/promise'
import { createPool } from 'mysql2/promise'
import { useRuntimeConfig } from '#imports'
export const useMysql = () => ensurePool()
export const ensureAuthSchema = async () => {
