import React, { createContext, useContext, useState, useEffect, useCallback, useRef } from 'react';
import { supabase } from '../api/client';
import type { User as AppUser } from '../types';
import * as profileApi from '../api/endpoints';
import { DEMO_USER_ID } from '../api/constants';
import type { UserMetrics, WeightPrediction } from '../api/endpoints';
export function AuthProvider({ children }: { children: React.ReactNode }) {
export function useAuth() {
