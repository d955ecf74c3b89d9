import React, { useRef } from 'react';
import { Search, Zap, Loader2 } from 'lucide-react';
import { cn } from '../lib/utils';
export function Header({ onSearch, isSearching }) {
