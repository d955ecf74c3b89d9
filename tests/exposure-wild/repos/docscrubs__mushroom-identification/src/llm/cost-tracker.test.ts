import { MushroomDB } from '@/db/database';
import { recordUsage, getMonthlySpend, isWithinBudget, estimateCost } from './cost-tracker';
