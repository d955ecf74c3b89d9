import { supabase, type ChildProfile } from "./supabase";
import type { Child, GradeLevel } from "@/stores/gameStore";
export async function getSupabaseWithAuth() {
export async function loadChildrenFromSupabase(parentId: string): Promise<Child[]> {
export async function saveChildToSupabase(child: Child): Promise<void> {
export async function saveAnswerHistoryToSupabase(
export async function updateStreakInSupabase(
export async function updateChildPointsInSupabase(
export async function syncAllChildrenToSupabase(children: Child[]): Promise<void> {
export async function syncChildrenFromSupabase(parentId: string): Promise<Child[]> {
