import AsyncStorage from '@react-native-async-storage/async-storage';
import type { UserProfile, DailyPlan, Meal, WeightRecord } from '../models';
export const saveUserProfile = async (uid: string, profile: UserProfile): Promise<void> => {
export const getUserProfile = async (uid: string): Promise<UserProfile | null> => {
export const subscribeUserProfile = (
export const saveDailyPlan = async (uid: string, plan: DailyPlan): Promise<void> => {
export const getDailyPlan = async (uid: string, date: string): Promise<DailyPlan | null> => {
export const subscribeDailyPlan = (
export const addMeal = async (uid: string, date: string, meal: Meal): Promise<void> => {
export const getMeals = async (uid: string, date: string): Promise<Meal[]> => {
export const subscribeMeals = (
export const saveWeightRecord = async (uid: string, record: WeightRecord): Promise<void> => {
export const getWeightRecords = async (uid: string, days = 30): Promise<WeightRecord[]> => {
