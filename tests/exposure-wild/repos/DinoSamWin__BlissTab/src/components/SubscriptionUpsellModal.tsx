import React from 'react';
import { Theme } from '../types';
export default SubscriptionUpsellModal;
