import assert from 'node:assert/strict'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import {
} from './ai-summary-v1.mjs'
import {
} from './generate-summaries-v1.mjs'
import { restoreSnapshot } from './restore-summaries-v1.mjs'
import {
} from './check-ai-summary-v1-coverage.mjs'
    assert.equal(env.AI_API_KEY, 'from-file')
    assert.equal(env.AI_MODEL, 'already-set')
