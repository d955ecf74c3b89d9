import React, { createContext, useContext, useState, useEffect, ReactNode } from 'react';
import { SettingsContextType, AppSettings } from '../types/chat';
const SETTINGS_STORAGE_KEY = 'chatglm-settings';
  model: 'glm-4.5-chat',
export const SettingsProvider: React.FC<SettingsProviderProps> = ({ children }) => {
export const useSettings = (): SettingsContextType => {
