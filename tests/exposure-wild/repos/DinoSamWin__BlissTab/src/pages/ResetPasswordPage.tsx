import React, { useState, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Mail, AlertCircle, Loader2, CheckCircle2, RefreshCw } from 'lucide-react';
import { sendPasswordReset } from '../services/authService';
import AuthLayout from '../components/common/AuthLayout';
export default ResetPasswordPage;
