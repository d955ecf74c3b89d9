import React, { useState, useEffect, useCallback } from 'react';
import {
} from 'lucide-react';
import { getSupabase } from '../lib/supabase';
import { useStore } from '../store/useStore';
import { buildActorInput } from '@/services/apifyService';
import toast from 'react-hot-toast';
export const ScrapePage: React.FC = () => {
