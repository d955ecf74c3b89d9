import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { router } from 'expo-router';
import { useUser } from '@/contexts/UserContext';
import { profileAPI } from '@/services/api';
import { trackingService } from '@/services/trackingService';
export default function LoginScreen() {
      const userToken = await import('@/utils/authStorage').then(module => 
      const userId = await import('@/utils/authStorage').then(module => 
