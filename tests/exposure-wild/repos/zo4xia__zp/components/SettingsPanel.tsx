import React, { useState, useEffect } from 'react';
import { AppSettings, Theme } from '../types';
import { Settings, X, Save, Palette, Key, Book, Code, Sparkles, User } from 'lucide-react';
export const SettingsPanel: React.FC<SettingsPanelProps> = ({ isOpen, onClose, settings, onSave }) => {
              <Key className="w-4 h-4" /> GLM-4 API Key(s)
