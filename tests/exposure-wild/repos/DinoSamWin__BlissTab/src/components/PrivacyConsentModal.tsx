import React from 'react';
import { Theme } from '../types';
import { getInternalUrl } from '../services/environmentService';
export default PrivacyConsentModal;
