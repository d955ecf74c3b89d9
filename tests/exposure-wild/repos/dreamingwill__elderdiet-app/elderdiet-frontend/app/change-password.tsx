import React, { useState } from 'react';
import {
} from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { router } from 'expo-router';
import { useUser } from '@/contexts/UserContext';
import { authAPI } from '@/services/api';
import { trackingService } from '@/services/trackingService';
export default function ChangePasswordScreen() {
