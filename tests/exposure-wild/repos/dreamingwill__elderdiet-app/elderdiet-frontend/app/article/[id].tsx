import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { Text, View } from '@/components/Themed';
import { useLocalSearchParams, useRouter, useFocusEffect } from 'expo-router';
import { Ionicons } from '@expo/vector-icons';
import { healthArticlesAPI, HealthArticle } from '@/services/api';
import { trackingService } from '@/services/trackingService';
export default function ArticleDetailScreen() {
