import { create } from 'zustand';
import { Customer, Department, EmailCampaign } from '../lib/supabase';
export interface Notification {
export interface User {
export const useStore = create<AppState>((set) => ({
