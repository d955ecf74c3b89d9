import React, { useState, useEffect } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Eye, EyeOff, Loader2, AlertCircle } from 'lucide-react';
import {
} from '../services/authService';
import { useUser } from '../contexts/UserContext';
import { useSEO } from '../hooks/useSEO';
import AuthLayout from '../components/common/AuthLayout';
import TypewriterText from '../components/auth/TypewriterText';
        const webUrl = import.meta.env.VITE_WEB_URL || 'https://startlytab.com';
export default LoginPage;
