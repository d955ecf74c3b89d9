import React, { useState, useEffect } from 'react';
import {
} from 'lucide-react';
import { getSupabase, Customer, EmailCampaign } from '../lib/supabase';
import { useStore } from '../store/useStore';
import { generateDevelopmentEmail, EMAIL_TEMPLATES, LANGUAGES } from '../services/zhipuService';
import { sendEmailsBatch, resendFailedEmails, getEmailStats } from '../services/resendService';
import toast from 'react-hot-toast';
export const EmailsPage: React.FC = () => {
