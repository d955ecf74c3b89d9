import fs from 'fs';
import path from 'path';
    provider: 'zhipu'
  /export const DEFAULT_PROJECTS: any\[\] = \[([\s\S]*?)\];/,
      provider: 'zhipu'
