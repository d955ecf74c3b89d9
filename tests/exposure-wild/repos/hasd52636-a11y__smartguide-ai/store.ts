import React, { createContext, useContext, useState, useEffect, ReactNode } from 'react';
import { Project, AuthState, Language, GuideMode } from './types.ts';
import { DEFAULT_PROJECTS } from './constants.tsx';
import { translations } from './translations.ts';
export const StoreProvider: React.FC<{ children: ReactNode }> = ({ children }) => {
export const useStore = () => {
