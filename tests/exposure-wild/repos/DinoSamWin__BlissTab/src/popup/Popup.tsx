import React, { useEffect, useState, useMemo } from 'react';
import { QuickLink, AppState } from '../types';
import { canonicalizeUrl } from '../services/urlCanonicalService';
import { getLocalLogoDataUrl, downloadAndCacheLogo } from '../services/gatewayLogoCacheService';
import { DEFAULT_LINKS, DEFAULT_REQUESTS } from '../constants';
import { ExternalLink, Plus, Settings, X, Check, Search } from 'lucide-react';
                // We need to access the module from the window or import it.
export default Popup;
