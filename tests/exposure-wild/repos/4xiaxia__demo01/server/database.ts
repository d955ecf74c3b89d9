import fs from "fs/promises";
import path from "path";
import { MongoClient, Db, Collection } from "mongodb";
import type {
} from "./db-schema";
    const mongoUri = process.env.MONGODB_URI;
    const dbName = process.env.MONGODB_DB || "smart-guide";
export const databaseService = new DatabaseService();
export async function connectDB(): Promise<void> {
export const ConfigService = {
export const KnowledgeService = {
export const LogService = {
