import { useState, useEffect, createContext, ReactNode, useContext, useMemo, useCallback } from 'react';
import {
} from '@/config/themeConfig';
export const ThemeContext = createContext<ThemeContextType>({
export function ThemeProvider({ children }: ThemeProviderProps) {
export function useTheme() {
