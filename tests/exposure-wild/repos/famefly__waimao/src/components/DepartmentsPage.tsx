import React, { useState, useEffect } from 'react';
import { Building2, Plus, Edit, Trash2, Users, Globe, Loader2, Save, X, CheckCircle } from 'lucide-react';
import { getSupabase, Department } from '../lib/supabase';
import { useStore } from '../store/useStore';
import toast from 'react-hot-toast';
export const DepartmentsPage: React.FC = () => {
