import DiffMatchPatch from 'diff-match-patch';
import type { DiffResult, DiffStats, InlineDiffSegment, InlineDiffResult } from '../types';
export class DiffService {
export const diffService = new DiffService();
