import React, { useState, useEffect } from 'react';
import { SubscriptionPlan, User } from '../types';
import { fetchSubscriptionState } from '../services/subscriptionService';
import { createCheckoutSession } from '../services/creemService';
import { getInternalUrl, getOfficialWebUrl } from '../services/environmentService';
import { Check, Diamond, Briefcase, Zap, Loader2 } from 'lucide-react';
      monthly: !!(import.meta as any).env["VITE_CREEM_PRICE_PRO_MONTHLY_ID"],
      yearly: !!(import.meta as any).env["VITE_CREEM_PRICE_PRO_YEARLY_ID"],
      lifetime: !!(import.meta as any).env["VITE_CREEM_PRODUCT_LIFETIME_ID"],
      testMode: (import.meta as any).env["VITE_CREEM_TEST_MODE"]
      if (productId?.includes('lifetime') || productId === import.meta.env.VITE_CREEM_PRODUCT_LIFETIME_ID) {
      } else if (productId?.includes('yearly') || productId === import.meta.env.VITE_CREEM_PRICE_PRO_YEARLY_ID) {
          ? import.meta.env.VITE_CREEM_PRICE_PRO_MONTHLY_ID
          : import.meta.env.VITE_CREEM_PRICE_PRO_YEARLY_ID;
        specificProductId = import.meta.env.VITE_CREEM_PRODUCT_LIFETIME_ID;
export default SubscriptionPage;
