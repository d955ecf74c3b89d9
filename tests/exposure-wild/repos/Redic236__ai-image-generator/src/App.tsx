import { useCallback, useEffect, useState } from 'react';
import { Header } from './components/Header';
import { Sidebar } from './components/Sidebar';
import { PromptCard } from './components/PromptCard';
import { DisplayCard } from './components/DisplayCard';
import { SettingsDialog } from './components/SettingsDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Toast } from './components/Toast';
import { SettingsProvider, useSettings } from './context/SettingsContext';
import { HistoryProvider, useHistory } from './context/HistoryContext';
import { ToastProvider, useToast } from './context/ToastContext';
import { FavoritesProvider } from './context/FavoritesContext';
import { ThemeProvider } from './context/ThemeContext';
import { useImageGenerator } from './hooks/useImageGenerator';
import { usePromptOptimizer } from './hooks/usePromptOptimizer';
export default function App() {
