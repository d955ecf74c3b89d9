import { useState, useEffect } from 'react';
import { Users, Plus, Edit, Trash2, Check, X, Eye, EyeOff, Search, UserCheck, UserX } from 'lucide-react';
import { getSupabase, User, Department } from '../lib/supabase';
import { useStore } from '../store/useStore';
import toast from 'react-hot-toast';
export function UsersPage() {
