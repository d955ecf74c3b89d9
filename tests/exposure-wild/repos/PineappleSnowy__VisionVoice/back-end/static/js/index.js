import { sha256 } from './lib/secretUtils.js';
