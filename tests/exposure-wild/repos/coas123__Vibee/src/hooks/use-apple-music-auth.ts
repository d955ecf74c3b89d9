import { useState, useEffect, useCallback } from 'react';
import { toast } from 'sonner';
import { initMusicKit, authorizeMusicKit, unauthorizeMusicKit } from '@/lib/musickit';
export interface AppleMusicAuthState {
export function useAppleMusicAuth() {
  const developerToken = import.meta.env.VITE_APPLE_MUSIC_DEVELOPER_TOKEN;
  const appName = import.meta.env.VITE_APP_NAME || 'DocToDemo';
  const appBuild = import.meta.env.VITE_APP_BUILD || '1.0.0';
