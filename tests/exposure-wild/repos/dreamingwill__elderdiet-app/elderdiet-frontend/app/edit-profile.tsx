import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { router, useFocusEffect } from 'expo-router';
import { Stack } from 'expo-router';
import { useProfile } from '../hooks/useProfile';
import { ProfileData, ChronicConditionOption } from '../services/api';
import { trackingService } from '@/services/trackingService';
export default function EditProfileScreen() {
