import React, { useState, useEffect, useCallback } from 'react';
import { Activity, DollarSign, Clock, Zap, RefreshCw, Trash2, X, AlertTriangle, ShieldCheck } from 'lucide-react';
export const DevTelemetryWidget: React.FC = () => {
  const isDev = import.meta.env.DEV || window.location.hostname === 'localhost' || window.location.hostname === '127.0.0.1';
