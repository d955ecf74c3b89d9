import { useMemo, useRef, useState } from 'react';
import { Check, Plus, Search, X } from 'lucide-react';
import type { PortraitPatch, SubjectTier, UserPortrait } from '../types/portrait';
export default PortraitEditor;
