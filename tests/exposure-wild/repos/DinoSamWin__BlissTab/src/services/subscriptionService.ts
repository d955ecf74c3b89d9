import { SupabaseClient } from '@supabase/supabase-js';
import { getSupabaseClient } from './supabaseService';
import { User, SubscriptionTier, SubscriptionPlan, SubscriptionStatus } from '../types';
export async function fetchSubscriptionState(userId: string): Promise<Partial<User>> {
export async function updateSubscriptionState(
export function determineSubscriptionTier(user: User | null): SubscriptionTier {
export function isSubscriptionActive(user: User | null): boolean {
