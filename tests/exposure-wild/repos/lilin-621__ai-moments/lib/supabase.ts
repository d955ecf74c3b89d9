import { createClient, SupabaseClient } from '@supabase/supabase-js';
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL;
const supabaseAnonKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
const supabaseServiceKey = process.env.SUPABASE_SERVICE_ROLE_KEY;
export const supabase: SupabaseClient = createClient(
export const supabaseAdmin: SupabaseClient = createClient(
export function createAuthenticatedClient(token: string): SupabaseClient {
export async function getUserProfile(userId: string) {
export async function getUserProfiles(userIds: string[]) {
export async function updateLastLogin(userId: string) {
export async function createUser(email: string) {
export async function getUserByEmail(email: string) {
export async function checkUserLiked(postId: string, userId: string): Promise<boolean> {
export async function batchCheckUserLikes(postIds: string[], userId: string): Promise<Map<string, boolean>> {
export async function getPosts(
export async function getComments(postId: string, page: number = 1, pageSize: number = 20) {
export async function updatePostCommentCount(postId: string, delta: number = 1) {
