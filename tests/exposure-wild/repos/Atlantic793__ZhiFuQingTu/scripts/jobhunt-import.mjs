 *   npm run job:import
 *   npm run job:import -- --dry-run
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnvFile } from './loadEnv.mjs';
import { createAdminClient, upsertTrainingJob } from './lib/supabaseAdmin.mjs';
const __dirname = dirname(fileURLToPath(import.meta.url));
  console.log(`[job:import] fixture jobs=${jobs.length} dryRun=${dryRun}`);
    console.log('[job:import] dry-run done');
    console.log(`[job:import] upsert ${saved.id} · ${saved.title}`);
  console.log(`[job:import] done upserted=${ok} table_count=${count}`);
  console.error('[job:import] failed:', err.message || err);
