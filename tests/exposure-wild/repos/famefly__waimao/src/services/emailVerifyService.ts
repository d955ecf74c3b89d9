import { getSupabase } from '../lib/supabase';
export const EMAIL_VERIFY_PROVIDERS = {
export interface EmailVerificationResult {
export const validateEmailFormat = (email: string): boolean => {
export const isDisposableEmail = (email: string): boolean => {
export const getEmailVerifyProvider = async (): Promise<{ provider: string; apiKey: string } | null> => {
export const verifyEmailWithApi = async (email: string): Promise<EmailVerificationResult> => {
export const verifyEmailsBatch = async (
export const updateCustomerEmailStatus = async (
