import { describe, expect, it } from 'vitest';
import {
} from '../src/schemas/documentIr.js';
import { execFileSync } from 'node:child_process';
import json
from worker.document_ir import DocumentIR, DocumentPage, ContentBlock, BBox, BlockType, SemanticRole, ContentSource
