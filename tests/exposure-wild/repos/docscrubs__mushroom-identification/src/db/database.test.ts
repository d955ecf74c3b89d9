import { describe, it, expect, beforeEach } from 'vitest';
import { MushroomDB } from './database';
import type { GenusProfile } from '@/types';
import type { Heuristic } from '@/types';
import type { UserModel } from '@/types';
import type { IdentificationSession } from '@/types';
import type { UserContribution } from '@/types';
