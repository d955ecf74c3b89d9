import type { GenusProfile } from '@/types';
export const seedGenera: GenusProfile[] = [
