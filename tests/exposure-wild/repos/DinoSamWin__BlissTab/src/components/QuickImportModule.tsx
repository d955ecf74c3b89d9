import React, { useState, useEffect } from 'react';
import { Bookmark, Globe, ArrowRight, Check, X, Loader2, ShieldCheck, Zap } from 'lucide-react';
import { QuickLink } from '../types';
import { fetchChromeBookmarks, formatToQuickLinks, triggerInfinityImport, triggerStartMeImport, isExtensionInstalled } from '../services/importService';
export default function QuickImportModule({ onImport, onClose }: Props) {
            setErrorMessage(err.message || 'Automation failed. Please try again or import manually.');
                                <p className="text-sm text-gray-500 dark:text-gray-400">Select the bookmarks you'd like to import as Gateways.</p>
                                We couldn't detect the {source} extension in your browser. Please make sure it's installed and enabled to use automatic import.
