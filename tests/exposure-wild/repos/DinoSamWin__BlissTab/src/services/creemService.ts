import { getSupabaseClient } from './supabaseService';
import { getOfficialWebUrl } from './environmentService';
export async function createCheckoutSession(productId: string, email?: string, userId?: string): Promise<string> {
    const hasFunctionsUrl = !!import.meta.env.VITE_SUPABASE_FUNCTIONS_URL;
    if (!client || (!hasFunctionsUrl && import.meta.env.DEV)) {
        const urlEnv = (import.meta as any).env["VITE_SUPABASE_FUNCTIONS_URL"];
        const supUrl = (import.meta as any).env["VITE_SUPABASE_URL"];
        const localAnonKey = (import.meta as any).env["VITE_SUPABASE_ANON_KEY"] || '';
                    testMode: import.meta.env.VITE_CREEM_TEST_MODE === 'true'
export async function getCustomerPortalUrl(email?: string): Promise<string> {
    const hasFunctionsUrl = !!import.meta.env.VITE_SUPABASE_FUNCTIONS_URL;
    if (!client || (!hasFunctionsUrl && import.meta.env.DEV)) {
            testMode: import.meta.env.DEV || import.meta.env.VITE_CREEM_TEST_MODE === 'true'
        const urlEnv = (import.meta as any).env["VITE_SUPABASE_FUNCTIONS_URL"];
        const supUrl = (import.meta as any).env["VITE_SUPABASE_URL"];
        const localAnonKey = (import.meta as any).env["VITE_SUPABASE_ANON_KEY"] || '';
export async function pingCreem(): Promise<void> {
export async function getTransactionHistory(email: string): Promise<any[]> {
    const isMock = !import.meta.env.VITE_SUPABASE_URL || (!import.meta.env.VITE_SUPABASE_FUNCTIONS_URL && import.meta.env.DEV);
        const forceLive = import.meta.env.VITE_CREEM_TEST_MODE === 'false';
            testMode: forceLive ? false : (import.meta.env.DEV || import.meta.env.VITE_CREEM_TEST_MODE === 'true')
export async function cancelSubscription(subscriptionId: string): Promise<boolean> {
    const isMock = !import.meta.env.VITE_SUPABASE_URL || (!import.meta.env.VITE_SUPABASE_FUNCTIONS_URL && import.meta.env.DEV);
            testMode: import.meta.env.DEV || import.meta.env.VITE_CREEM_TEST_MODE === 'true'
export async function refundTransaction(transactionId: string, subscriptionId?: string): Promise<boolean> {
    const isMock = !import.meta.env.VITE_SUPABASE_URL || (!import.meta.env.VITE_SUPABASE_FUNCTIONS_URL && import.meta.env.DEV);
            testMode: import.meta.env.DEV || import.meta.env.VITE_CREEM_TEST_MODE === 'true'
