import express from 'express';
import cors from 'cors';
import multer from 'multer';
import * as http from 'http';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { setCurrentResponse, closeDb, runWithResponse } from './cloud-shim.js';
const __filename = fileURLToPath(import.meta.url);
const PORT = parseInt(process.env.PORT || '3000', 10);
const HOST = process.env.HOST || '0.0.0.0';
const STORAGE_DIR = process.env.STORAGE_DIR || '/app/storage';
const allowedOrigins = process.env.ALLOWED_ORIGINS
  ? process.env.ALLOWED_ORIGINS.split(',').map((s) => s.trim())
    const mod = await import(jsPath);
