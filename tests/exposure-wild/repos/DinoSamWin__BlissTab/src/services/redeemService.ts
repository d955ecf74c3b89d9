import { SupabaseClient } from '@supabase/supabase-js';
import { getSupabaseClient } from './supabaseService';
import { User } from '../types';
export type RedeemErrorCode =
export interface RedeemResponse {
export async function redeemCode(user: User, code: string): Promise<RedeemResponse> {
export async function fetchUserMembership(userId: string): Promise<{
export async function fetchUserSettings(userId: string): Promise<{
export async function toggleRedeemFeature(
