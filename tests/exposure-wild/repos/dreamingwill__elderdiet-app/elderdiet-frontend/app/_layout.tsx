import FontAwesome from '@expo/vector-icons/FontAwesome';
import { DarkTheme, DefaultTheme, ThemeProvider } from '@react-navigation/native';
import { useFonts } from 'expo-font';
import { Stack, useRouter, useSegments } from 'expo-router';
import * as SplashScreen from 'expo-splash-screen';
import React, { useEffect, useRef } from 'react';
import { AppState, AppStateStatus, ColorSchemeName, useColorScheme } from 'react-native';
import { UserProvider, useUser } from '@/contexts/UserContext';
import { pushService } from '@/services/pushService';
import { trackingService } from '@/services/trackingService';
export {
} from 'expo-router';
export default function RootLayout() {
    SpaceMono: require('../assets/fonts/SpaceMono-Regular.ttf'),
