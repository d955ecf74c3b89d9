import React, { useEffect, useState } from 'react';
import { useNavigate, Link } from 'react-router-dom';
import { Mail, CheckCircle2, Loader2, RefreshCw, ArrowLeft } from 'lucide-react';
import { useUser } from '../contexts/UserContext';
import { reloadUser, resendVerificationEmail } from '../services/authService';
import AuthLayout from '../components/common/AuthLayout';
export default VerifyEmailPage;
