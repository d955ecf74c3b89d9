import fs from 'fs/promises';
import path from 'path';
import { fileURLToPath } from 'url';
  const __filename = fileURLToPath(import.meta.url);
