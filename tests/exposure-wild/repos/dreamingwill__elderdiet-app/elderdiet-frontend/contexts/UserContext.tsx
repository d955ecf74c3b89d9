import React, { createContext, useState, useContext, useEffect, useCallback } from 'react';
import { authStorage } from '../utils/authStorage';
import { authAPI, setTokenExpiredHandler } from '../services/api';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { pushService } from '../services/pushService';
export const UserProvider: React.FC<{ children: React.ReactNode }> = ({ children }) => {
          const { pushService } = await import('@/services/pushService');
        const { trackingService } = await import('@/services/trackingService');
export const useUser = (): UserContextType => {
