import { SupabaseClient } from '@supabase/supabase-js';
import { DocumentPageRecord, DocumentRecord } from './types.js';
export class DocumentRepository {
