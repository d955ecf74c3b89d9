import { useState, useEffect } from 'react';
import { FileText, Plus, Edit, Trash2, Copy, X, ChevronDown, ChevronUp, Globe, Check } from 'lucide-react';
import { getSupabase, EmailTemplate } from '../lib/supabase';
import { useStore } from '../store/useStore';
import toast from 'react-hot-toast';
✓ Professional export documentation
I would welcome the opportunity to discuss how we can support your import business. May I arrange a brief call at your convenience?
export function EmailTemplatesPage() {
