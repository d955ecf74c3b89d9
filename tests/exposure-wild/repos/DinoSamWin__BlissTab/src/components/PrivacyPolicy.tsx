import React from 'react';
import { useSEO } from '../hooks/useSEO';
import {
} from '../privacyPolicyContent';
export default PrivacyPolicy;
