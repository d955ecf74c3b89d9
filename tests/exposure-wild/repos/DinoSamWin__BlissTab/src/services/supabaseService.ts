import { createClient, SupabaseClient } from '@supabase/supabase-js';
import { AppState, PerspectiveHistory } from '../types';
import { canonicalizeUrl, extractHostname } from './urlCanonicalService';
export const supabaseUrl = import.meta.env.VITE_SUPABASE_URL;
export const supabaseAnonKey = import.meta.env.VITE_SUPABASE_ANON_KEY;
export function getSupabaseClient(): SupabaseClient | null {
export interface GatewayMetadataRow {
export interface UserGatewayOverrideRow {
export async function upsertGatewayMetadataIfMissing(input: {
export async function fetchGatewayMetadata(url: string): Promise<{ title?: string; icon?: string } | null> {
export async function fetchUserGatewayOverrides(userId: string): Promise<UserGatewayOverrideRow[]> {
export async function upsertUserGatewayOverride(row: UserGatewayOverrideRow): Promise<void> {
export async function uploadGatewayLogo(params: {
export async function getLogoSignedUrl(path: string, expiresIn: number = 31536000): Promise<string | null> {
export async function syncToCloud(state: AppState): Promise<void> {
export type SyncResult =
export async function fetchFromCloud(userId: string, email?: string): Promise<SyncResult> {
export async function submitPerspectiveFeedback(record: {
