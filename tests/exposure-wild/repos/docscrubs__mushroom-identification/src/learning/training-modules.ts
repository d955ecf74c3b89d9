import type { GenusProfile } from '@/types/genus';
import type { TrainingModule, TrainingContent } from '@/types/learning';
export function generateTrainingModules(profile: GenusProfile): TrainingModule[] {
export function getModuleForGenus(
