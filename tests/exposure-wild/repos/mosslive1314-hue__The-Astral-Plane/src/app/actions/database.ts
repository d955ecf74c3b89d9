"use server"
import { createClient } from '@supabase/supabase-js'
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL!
const supabaseKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
export interface MigrateResponse {
export async function migrateDatabase(): Promise<MigrateResponse> {
export async function getUserBySecondMeId(secondmeId: string) {
export async function createUserFromSecondMe(
export async function updateUserShades(userId: string, shades: string[]) {
export async function updateUserSoftMemory(userId: string, softMemory: any) {
export async function getAgents() {
export async function getNegotiationSession(sessionId: string) {
export async function createNegotiationSession(
export async function getAgentOffers(sessionId: string) {
export async function createAgentOffer(
