import type { BlockInfo } from '../types';
export class BlockService {
export const blockService = new BlockService();
