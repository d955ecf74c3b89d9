import type { Observation } from '@/types';
import {
} from './description-preprocessing';
import { featureRules, matchesRule } from './feature-rules';
