import { writeFile, mkdir } from 'fs/promises';
import { existsSync, statSync } from 'fs';
import { join, dirname } from 'path';
import { fileURLToPath } from 'url';
import https from 'https';
import http from 'http';
const __dirname = dirname(fileURLToPath(import.meta.url));
