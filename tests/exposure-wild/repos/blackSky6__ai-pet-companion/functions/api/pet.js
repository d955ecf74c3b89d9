    url: env.NEXT_PUBLIC_SUPABASE_URL,
    key: env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
export async function onRequestGet(context) {
export async function onRequestPost(context) {
export async function onRequestPatch(context) {
export async function onRequestOptions() {
