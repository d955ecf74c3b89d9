import type { Observation } from '@/types';
import { featureRules, matchesRule, type FeatureRule } from './feature-rules';
