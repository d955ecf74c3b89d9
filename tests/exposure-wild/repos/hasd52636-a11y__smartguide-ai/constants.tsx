import React from 'react';
import {
} from 'lucide-react';
export const ICONS = {
export const DEFAULT_PROJECTS: any[] = [
      provider: 'zhipu',
