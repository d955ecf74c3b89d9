import { Pool } from 'pg'
import dotenv from 'dotenv'
// 支持.env.local、.env.development.local等文件
dotenv.config({ path: '.env.local' })
dotenv.config()
  DATABASE_URL: !!process.env.DATABASE_URL,
  NEON_URL: !!process.env.NEON_URL,
  NEON_DATABASE_URL: !!process.env.NEON_DATABASE_URL,
  NEON_POSTGRES_URL: !!process.env.NEON_POSTGRES_URL,
  NEON_DATABASE_URL_UNPOOLED: !!process.env.NEON_DATABASE_URL_UNPOOLED,
  NEON_POSTGRES_URL_NON_POOLING: !!process.env.NEON_POSTGRES_URL_NON_POOLING,
  NEON_PROJECT_ID: !!process.env.NEON_PROJECT_ID,
  NEON_POSTGRES_USER: !!process.env.NEON_POSTGRES_USER,
  NEON_POSTGRES_PASSWORD: !!process.env.NEON_POSTGRES_PASSWORD,
  NEON_POSTGRES_DATABASE: !!process.env.NEON_POSTGRES_DATABASE,
  NEON_PGHOST: !!process.env.NEON_PGHOST
const DATABASE_URL = process.env.DATABASE_URL || 
                    process.env.NEON_URL || 
                    process.env.NEON_DATABASE_URL || 
                    process.env.NEON_POSTGRES_URL || 
                    process.env.NEON_DATABASE_URL_UNPOOLED ||
                    process.env.NEON_POSTGRES_URL_NON_POOLING
export async function initPostgreSQL() {
export function getPostgreSQL() {
export async function closePostgreSQL() {
