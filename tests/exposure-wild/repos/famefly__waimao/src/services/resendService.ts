import { getSupabase } from '../lib/supabase';
export const getResendApiKey = async (): Promise<string | null> => {
export const getSenderEmail = async (): Promise<string> => {
export interface SendEmailParams {
export interface SendEmailResult {
export const sendEmail = async (params: SendEmailParams): Promise<SendEmailResult> => {
export const sendEmailsBatch = async (
export const getEmailStats = async (departmentId?: string): Promise<{
export const resendFailedEmails = async (
