import { useState, useRef, useEffect, lazy, Suspense, useMemo, useCallback } from 'react';
import { motion } from 'framer-motion';
import { useTheme } from '@/hooks/useTheme';
import { useNavigate } from 'react-router-dom';
import { AuthContext } from '@/contexts/authContext';
import { useContext } from 'react';
import { toast } from 'sonner';
import { TianjinImage } from '@/components/TianjinStyleComponents';
import { llmService } from '@/services/llmService'
import voiceService from '@/services/voiceService'
import { mockWorks } from '@/mock/works'
import { useTranslation } from 'react-i18next'
import SearchBar, { SearchResultType, SearchSuggestion } from '@/components/SearchBar'
import searchService from '@/services/searchService'
import PromptInput from '@/components/PromptInput'
export default function Home() {
