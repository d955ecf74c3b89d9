import { create } from 'zustand';
import type { Session } from '@supabase/supabase-js';
import { supabase, type Profile } from '../lib/supabase';
import { updateProfile as updateProfileRow, type ProfileUpdate } from '../services/profileService';
import { fetchPortrait, savePortrait } from '../services/portraitService';
import type { PortraitPatch, UserPortrait } from '../types/portrait';
export const TEST_ACCOUNT = {
export type AuthUser = {
export const useAuthStore = create<AuthState>((set, get) => ({
