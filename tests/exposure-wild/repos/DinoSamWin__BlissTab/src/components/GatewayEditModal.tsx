import React, { useEffect, useMemo, useState } from 'react';
import { QuickLink } from '../types';
import { canonicalizeUrl } from '../services/urlCanonicalService';
import { getLocalLogoDataUrl } from '../services/gatewayLogoCacheService';
export default GatewayEditModal;
