import { useState, useEffect } from 'react';
import { Theme } from '../../constants/themes';
import { getCurrentTheme, setTheme, getAvailableThemes, addThemeListener } from '../../utils/themeManager';
import { soundManager } from '../../utils/soundManager';
import { Check, Palette } from 'lucide-react';
export function ThemeSelector({ onThemeChange }: ThemeSelectorProps) {
