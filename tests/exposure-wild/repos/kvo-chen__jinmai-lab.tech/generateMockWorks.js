import fs from 'fs/promises';
import path from 'path';
import { fileURLToPath } from 'url';
const __filename = fileURLToPath(import.meta.url);
    const arrayDeclStart = existingContent.indexOf('export const mockWorks: Work[] = [');
    const arrayContentStart = arrayDeclStart + 'export const mockWorks: Work[] = ['.length;
