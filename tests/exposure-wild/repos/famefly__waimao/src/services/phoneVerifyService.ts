import { getSupabase } from '../lib/supabase';
export const PHONE_VERIFY_PROVIDERS = {
export interface PhoneVerificationResult {
export const validatePhoneFormat = (phone: string): boolean => {
export const cleanPhoneNumber = (phone: string): string => {
export const getPhoneVerifyProvider = async (): Promise<{ provider: string; apiKey: string } | null> => {
export const verifyPhoneWithApi = async (phone: string): Promise<PhoneVerificationResult> => {
export const verifyPhonesBatch = async (
export const updateCustomerPhoneStatus = async (
