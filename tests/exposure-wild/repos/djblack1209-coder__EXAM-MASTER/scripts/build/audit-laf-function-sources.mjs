import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
const pullFunctionsDir = process.env.LAF_PULL_DIR || join('/tmp', 'laf-pull-check', 'functions');
