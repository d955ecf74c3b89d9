import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
const __filename = fileURLToPath(import.meta.url);
content = content.replace(/\/\/ 生成180个新作品\nconst newWorks = generateNewWorks\(121, 180\);\n\n\/\/ 合并原始作品和新作品\nexport const mockWorks: Work\[\] = \[\.\.\.originalWorks, \.\.\.newWorks\];/g, 'export const mockWorks: Work[] = originalWorks;');
