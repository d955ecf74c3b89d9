import { createClient, SupabaseClient } from '@supabase/supabase-js';
const ENV_SUPABASE_URL = (import.meta as any).env?.VITE_SUPABASE_URL;
const ENV_SUPABASE_KEY = (import.meta as any).env?.VITE_SUPABASE_ANON_KEY;
export const initSupabase = (url: string, anonKey: string): SupabaseClient => {
export const getSupabase = (): SupabaseClient | null => {
export const isEnvConfigured = (): boolean => {
export const supabase = {
export interface Customer {
export interface EmailCampaign {
export interface Department {
export interface User {
export interface ApiConfig {
export interface ScrapeTask {
export interface EmailTemplate {
