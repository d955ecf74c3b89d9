import fs from 'fs'
import path from 'path'
import dotenv from 'dotenv'
import Database from 'better-sqlite3'
import { MongoClient } from 'mongodb'
import { Pool } from 'pg'
  dotenv.config()
export const DB_TYPE = {
  dbType: process.env.DB_TYPE || DB_TYPE.SQLITE,
    dataDir: process.env.DB_DATA_DIR || path.join(process.cwd(), 'data'),
    dbFile: process.env.DB_FILE || path.join(process.cwd(), 'data', 'app.db'),
    jsonFile: process.env.DB_JSON_FILE || path.join(process.cwd(), 'data', 'db.json'),
    maxRetries: parseInt(process.env.DB_MAX_RETRIES || '3'),
    retryDelay: parseInt(process.env.DB_RETRY_DELAY || '1000'),
    timeout: parseInt(process.env.DB_TIMEOUT || '5000')
    endpoint: process.env.NEON_API_ENDPOINT || 'https://ep-bold-flower-agmuls0b.apirest.c-2.eu-central-1.aws.neon.tech/neondb/rest/v1',
    apiKey: process.env.NEON_API_KEY || '',
    dbName: process.env.NEON_DB_NAME || 'neondb',
    maxRetries: parseInt(process.env.DB_MAX_RETRIES || '3'),
    retryDelay: parseInt(process.env.DB_RETRY_DELAY || '1000')
    uri: process.env.MONGODB_URI || 'mongodb://localhost:27017/jinmai_lab',
      maxPoolSize: parseInt(process.env.MONGODB_MAX_POOL_SIZE || '10'),
      serverSelectionTimeoutMS: parseInt(process.env.MONGODB_SERVER_SELECTION_TIMEOUT || '5000'),
      socketTimeoutMS: parseInt(process.env.MONGODB_SOCKET_TIMEOUT || '45000'),
    connectionString: process.env.DATABASE_URL || 
                     process.env.NEON_URL || 
                     process.env.NEON_DATABASE_URL || 
                     process.env.NEON_POSTGRES_URL || 
                     process.env.NEON_DATABASE_URL_UNPOOLED ||
                     process.env.NEON_POSTGRES_URL_NON_POOLING,
      max: parseInt(process.env.POSTGRES_MAX_POOL_SIZE || '20'),
      idleTimeoutMillis: parseInt(process.env.POSTGRES_IDLE_TIMEOUT || '30000'),
      connectionTimeoutMillis: parseInt(process.env.POSTGRES_CONNECTION_TIMEOUT || '5000'),
      ssl: !process.env.DATABASE_URL?.includes('localhost') && !process.env.DATABASE_URL?.includes('127.0.0.1') ? {
export async function getDB() {
export function getDBStatus() {
export async function closeDB() {
export async function reconnectDB() {
export const userDB = {
export const favoriteDB = {
export const videoTaskDB = {
export const leaderboardDB = {
if (process.env.NODE_ENV !== 'test') {
