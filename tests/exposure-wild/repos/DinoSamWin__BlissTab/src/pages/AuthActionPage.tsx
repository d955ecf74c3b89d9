import React, { useEffect, useState } from 'react';
import { useSearchParams, Link, useNavigate } from 'react-router-dom';
import { auth } from '../services/firebaseService';
import { applyActionCode, verifyPasswordResetCode, confirmPasswordReset } from 'firebase/auth';
import { CheckCircle2, AlertCircle, Loader2, Eye, EyeOff } from 'lucide-react';
import AuthLayout from '../components/common/AuthLayout';
import TypewriterText from '../components/auth/TypewriterText';
export default AuthActionPage;
