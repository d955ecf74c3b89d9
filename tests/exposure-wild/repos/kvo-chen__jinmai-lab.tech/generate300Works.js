import fs from 'fs/promises';
import path from 'path';
import { fileURLToPath } from 'url';
const __filename = fileURLToPath(import.meta.url);
    const typeDefEnd = existingContent.indexOf('export const mockWorks: Work[] = [');
    const newContent = `${typeDefContent}export const mockWorks: Work[] = [\n${worksString}\n];`;
