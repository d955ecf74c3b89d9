import fs from 'fs'
import path from 'path'
import Database from 'better-sqlite3'
import dotenv from 'dotenv'
  dotenv.config()
const DATA_DIR = process.env.DB_DATA_DIR || path.join(process.cwd(), 'data')
const DB_FILE = process.env.DB_FILE || path.join(DATA_DIR, 'app.db')
const DB_JSON_FILE = process.env.DB_JSON_FILE || path.join(DATA_DIR, 'db.json')
export function initDb() {
  const maxRetries = parseInt(process.env.DB_MAX_RETRIES || '3')
  const retryDelay = parseInt(process.env.DB_RETRY_DELAY || '1000')
        timeout: parseInt(process.env.DB_TIMEOUT || '5000'), // 连接超时时间
export function getFavoriteTutorialIds(db, userId) {
export function toggleFavoriteTutorial(db, userId, tutorialId) {
export function upsertVideoTask(db, { id, status, model, payload }) {
export function getVideoTask(db, id) {
export function createUser(db, { username, email, password_hash, phone = null, avatar_url = null, interests = null }) {
export function findUserByEmail(db, email) {
export function findUserByUsername(db, username) {
export function findUserById(db, id) {
export function getDbStats(db) {
