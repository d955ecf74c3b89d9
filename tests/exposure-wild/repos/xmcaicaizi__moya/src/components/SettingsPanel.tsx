import { useState, useEffect } from 'react';
import { X, Plus, Trash2, User, Map, Box, Loader2, Sparkles } from 'lucide-react';
import { supabase } from '../lib/supabase';
import EmbeddingService from '../lib/embedding';
import { logger } from '../lib/logger';
export default SettingsPanel;
