import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { MAJOR_SEEDS, coarseSuitableMajors, heuristicMajors } from './lib/majorTag.mjs';
const __dirname = dirname(fileURLToPath(import.meta.url));
    site: 'zhipu',
                'coarse only (all-mode keyword heuristic); GLM refine TBD',
                'coarse only (search seed + keyword heuristic); GLM refine TBD',
