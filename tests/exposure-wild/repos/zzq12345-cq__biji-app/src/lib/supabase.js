import { createClient } from "@supabase/supabase-js";
const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL;
const supabaseKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
export function getSupabase() {
export function isSupabaseConfigured() {
export async function createNote(noteData) {
export async function getNotes() {
export async function getNote(id) {
export async function updateNote(id, updates) {
export async function deleteNote(id) {
export async function uploadFile(bucket, path, file) {
