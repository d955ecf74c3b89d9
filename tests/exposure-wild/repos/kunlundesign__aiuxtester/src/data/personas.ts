import { Persona } from '@/types';
export const personas: Persona[] = [
      'Awkward sharing/export'
      'Make sharing/export effortless'
      'Limited export/control',
