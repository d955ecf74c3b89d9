import { getSupabase } from '../lib/supabase';
export const APIFY_ACTORS = {
export const CHANNEL_CONFIG = {
export const NEED_EMAIL_EXTRACT_PLATFORMS = [
export const getApifyToken = async (): Promise<string | null> => {
export const runApifyActorDirect = async (
export const checkActorStatusDirect = async (
export const getActorResultsDirect = async (
export const waitForActorCompletion = async (
export const parseScrapedData = (
): Partial<import('../lib/supabase').Customer>[] => {
  const customers: Partial<import('../lib/supabase').Customer>[] = [];
    let customer: Partial<import('../lib/supabase').Customer> = {
        { keywords: ['import', 'export', 'trading company', 'trading', 'trade', '进出口', '贸易', '外贸', '跨国'], type: 'trading_company' },
export const buildActorInput = (
