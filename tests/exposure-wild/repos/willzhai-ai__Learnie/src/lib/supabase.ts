import { createClient } from "@supabase/supabase-js";
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL || "";
const supabaseAnonKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY || "";
export const supabase = createClient(supabaseUrl, supabaseAnonKey);
export type Database = {
export type ChildProfile = Database["public"]["Tables"]["child_profiles"]["Row"];
export type ChildProfileInsert = Database["public"]["Tables"]["child_profiles"]["Insert"];
export type AnswerHistory = Database["public"]["Tables"]["answer_history"]["Row"];
export type AnswerHistoryInsert = Database["public"]["Tables"]["answer_history"]["Insert"];
