import { supabase } from '../lib/supabase';
import type { SuitableMajor, TrainingJob } from '../types/training';
import fixturePayload from '../data/fixtures/job-training-smoke.json';
/** 本地 fixture 兜底：与 scripts/jobhunt-import.mjs 的 toRow 同构映射 */
export async function fetchTrainingJobs(): Promise<TrainingJob[]> {
export async function fetchTrainingJobsByMajor(majorId: string): Promise<TrainingJob[]> {
export async function fetchTrainingJobById(jobId: string): Promise<TrainingJob | null> {
