import { SupabaseClient } from '@supabase/supabase-js';
import { JobEventRecord, ProcessingJobRecord } from './types.js';
export class JobRepository {
