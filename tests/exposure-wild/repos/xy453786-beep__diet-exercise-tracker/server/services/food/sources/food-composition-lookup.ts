import { supabaseAdmin } from '../../../supabase/client.js';
export interface FoodCompositionMatch {
export const STANDARD_PORTION_G = 250;
export interface PortionFallback {
export function getDefaultPortion(foodName: string): PortionFallback {
export async function lookupFoodComposition(
