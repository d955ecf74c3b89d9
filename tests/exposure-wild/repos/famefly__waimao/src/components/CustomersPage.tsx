import React, { useState, useEffect } from 'react';
import {
} from 'lucide-react';
import { getSupabase, Customer } from '../lib/supabase';
import { useStore } from '../store/useStore';
import { verifyEmailsBatch } from '../services/emailVerifyService';
import * as XLSX from 'xlsx';
import toast from 'react-hot-toast';
export const CustomersPage: React.FC = () => {
