import { useState, useEffect } from 'react';
import { UserSettings } from '../types/settings';
import { useLocalStorage } from '../hooks/useLocalStorage';
import { useToast } from '../hooks/useToast';
import { getZodiacSign } from '../constants/zodiacColors';
import { calculateLuckyColor } from '../utils/luckyColor';
import { Header } from '../components/layout/Header';
import { Button } from '../components/common/Button';
import { TabBar } from '../components/layout/TabBar';
import { SoundSettings } from '../components/settings/SoundSettings';
import { ThemeSelector } from '../components/theme/ThemeSelector';
import { NotificationSettings } from '../components/settings/NotificationSettings';
import { APP_CONFIG } from '../config/app';
import { getStorageSize } from '../utils/storage';
import { User, Palette, Database, Info, Save, TestTube } from 'lucide-react';
import { notificationManager } from '../utils/notificationManager';
import { createTestScratchRecord, clearTestScratchRecords, showScratchTestInstructions } from '../utils/testScratchCard';
export function SettingsPage() {
