import React, { useState, useRef, useEffect } from 'react';
import { Message, AppState, AppSettings, DEFAULT_SETTINGS } from './types';
import { encodeWAV, playAudio, getAudioContext } from './utils/audio';
import { sendVoiceMessage } from './utils/zhipu';
import { loadSettings, saveSettings, getActiveApiKey, applyTheme } from './utils/settings';
import { Orb } from './components/Orb';
import { SettingsPanel } from './components/SettingsPanel';
import { Mic, Square, Loader2, Play, AlertCircle, Info, Settings2 } from 'lucide-react';
export default function App() {
