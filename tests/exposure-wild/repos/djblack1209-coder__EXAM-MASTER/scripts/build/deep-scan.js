import fs from 'node:fs';
import path from 'node:path';
    if (trimmed.startsWith('import ')) {
    if (trimmed.startsWith('export ')) {
