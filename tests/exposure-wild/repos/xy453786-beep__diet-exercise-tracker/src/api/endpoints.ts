import { supabase } from './client';
import type { MealRecord, MealItem, MealCategory, WorkoutItem, WeightEntry, AIDietAnalysis, FoodCompositionResult, FoodAnalyzeResult } from '../types';
import { DEMO_USER_ID } from './constants';
const API_BASE = import.meta.env.VITE_API_URL || '';
export async function getProfile(): Promise<{
export async function updateProfile(data: {
export async function getWeights(from: string, to: string): Promise<WeightEntry[]> {
export async function upsertWeight(date: string, weight: number): Promise<void> {
export async function getMeals(from: string, to: string): Promise<Record<string, MealRecord[]>> {
export async function addMealItem(
export async function deleteMealItem(itemId: string): Promise<void> {
export async function getWorkouts(from: string, to: string): Promise<Record<string, WorkoutItem[]>> {
export async function addWorkout(date: string, workout: Omit<WorkoutItem, 'id'>): Promise<WorkoutItem> {
export async function deleteWorkout(id: string): Promise<void> {
export async function getWater(from: string, to: string): Promise<Record<string, number>> {
export async function setWater(date: string, amount: number): Promise<void> {
export interface UserMetrics {
export async function getUserMetrics(): Promise<UserMetrics | null> {
export async function recalculateMetrics(): Promise<void> {
export interface WeightPrediction {
export async function getWeightPredictions(): Promise<WeightPrediction | null> {
export async function recalculatePredictions(): Promise<void> {
export async function searchFood(query: string, limit = 5): Promise<FoodCompositionResult[]> {
export async function analyzeFood(
