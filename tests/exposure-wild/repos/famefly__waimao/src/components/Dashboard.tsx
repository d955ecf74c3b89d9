import React, { useEffect, useState } from 'react';
import {
} from 'lucide-react';
import {
} from 'recharts';
import { getSupabase } from '../lib/supabase';
import { useStore } from '../store/useStore';
export const Dashboard: React.FC = () => {
