import { MongoClient, Db, Collection, ObjectId, Document } from 'mongodb';
import * as http from 'http';
import * as fs from 'fs';
import * as path from 'path';
import { AsyncLocalStorage } from 'async_hooks';
const MONGODB_URI = process.env.MONGODB_URI;
  if (process.env.NODE_ENV === 'production') {
const DB_NAME = process.env.DB_NAME || 'exam-master';
export async function closeDb(): Promise<void> {
const STORAGE_DIR = process.env.STORAGE_DIR || '/app/storage';
export function setCurrentResponse(res: http.ServerResponse) {
export function runWithResponse<T>(res: http.ServerResponse, fn: () => T): T {
export default cloud;
export { getDb, ObjectId };
