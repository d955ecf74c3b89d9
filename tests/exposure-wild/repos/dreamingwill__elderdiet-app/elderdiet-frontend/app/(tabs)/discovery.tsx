import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { Text, View } from '@/components/Themed';
import { Ionicons } from '@expo/vector-icons';
import Carousel from 'react-native-reanimated-carousel';
import { useRouter, useFocusEffect } from 'expo-router';
import { healthArticlesAPI, HealthArticle } from '@/services/api';
import { trackingService } from '@/services/trackingService';
export default function DiscoveryScreen() {
