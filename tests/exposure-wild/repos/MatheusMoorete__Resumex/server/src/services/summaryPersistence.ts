import { createHash } from 'node:crypto';
import { SupabaseClient } from '@supabase/supabase-js';
import { DocumentRepository } from '../repositories/documentRepository.js';
import { JobRepository } from '../repositories/jobRepository.js';
export interface PersistedSummaryState {
export async function storeSummaryDocument(
export async function createSummaryProcessingJob(
export async function updateSummaryProcessingJob(
export async function recordDocumentIrMetadata(
export async function persistSummaryResult(
