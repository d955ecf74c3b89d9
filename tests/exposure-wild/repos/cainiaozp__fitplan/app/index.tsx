import { useState, useEffect } from 'react';
import {
} from 'react-native';
import { useRouter } from 'expo-router';
import { generateLocalUserId, setLocalUserId } from '../src/services/auth';
import { saveUserProfile } from '../src/services/firestore';
import { useUserStore } from '../src/store/useUserStore';
import { calculateBMR, calculateTDEE, calculateDailyTarget } from '../src/utils/calorie';
import type { Gender, ActivityLevel } from '../src/models';
export default function OnboardingScreen() {
