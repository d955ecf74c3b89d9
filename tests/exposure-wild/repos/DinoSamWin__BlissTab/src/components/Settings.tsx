import React, { useState, useEffect } from 'react';
import { AppState, QuickLink, SnippetRequest } from '../types';
import { fetchSiteMetadata } from '../services/metadataService';
import { canonicalizeUrl } from '../services/urlCanonicalService';
import { getLocalLogoDataUrl, removeLocalLogo, upsertLocalLogo } from '../services/gatewayLogoCacheService';
import { getInternalUrl, REGIONAL_SEARCH_ENGINES, REGIONAL_DEFAULT_LINKS, isChinaRegion } from '../services/environmentService';
import { imageFileToSquareWebp } from '../services/imageProcessingService';
import { fetchUserGatewayOverrides, upsertUserGatewayOverride, uploadGatewayLogo } from '../services/supabaseService';
import { COLORS, SUPPORTED_LANGUAGES, BRAND_CONFIG, FEATUREBASE_URL } from '../constants';
import { canAddGateway, canAddIntention, getSubscriptionTier, SUBSCRIPTION_LIMITS, isSubscribed } from '../services/usageLimitsService';
import { getEmotionLogs } from '../services/emotionService';
import { redeemCode, toggleRedeemFeature, RedeemErrorCode } from '../services/redeemService';
import { fetchSubscriptionState, determineSubscriptionTier } from '../services/subscriptionService';
import { fetchUserMembership, fetchUserSettings } from '../services/redeemService';
import SubscriptionUpsellModal from './SubscriptionUpsellModal';
import GatewayEditModal from './GatewayEditModal';
import { Zap, Diamond, Briefcase, Download, Upload, FileJson, CreditCard, ExternalLink, Settings as SettingsIcon, History, AlertCircle, CheckCircle2, XCircle } from 'lucide-react';
import { exportUserData, parseImportData, parseInfinityImport } from '../services/exportImportService';
import { getCustomerPortalUrl, getTransactionHistory, cancelSubscription, refundTransaction } from '../services/creemService';
import { clearAllPerspectivePools } from '../services/geminiService';
      addToast('Failed to export data', 'error');
            console.error('Infinity import error:', err);
        // If importing from same app export, IDs might match.
          // Also check ID if present in import (from same app export)
              // Keep local ID if import doesn't specify one, or if we want to be stable?
              // If import has ID, use it (assuming valid).
              // If import has NO ID (e.g. from Infinity), keep existing ID.
        addToast('Failed to import: ' + e.message, 'error');
export default Settings;
