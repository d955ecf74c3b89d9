import React from 'react';
import { useSEO } from '../hooks/useSEO';
export default TermsOfService;
