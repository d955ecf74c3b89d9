import React, { useState, useEffect, useCallback } from 'react';
import { StyleSheet, SectionList, TouchableOpacity, Alert, StatusBar, ActivityIndicator, Dimensions, Image, RefreshControl } from 'react-native';
import { Text, View } from '@/components/Themed';
import { Ionicons } from '@expo/vector-icons';
import { useAuth } from '@/hooks/useAuth';
import { useUser } from '@/contexts/UserContext';
import { mealPlanAPI, MealPlan as APIMealPlan, Dish, profileAPI, checkProfileCompleteness as checkProfileCompletenessUtil, ProfileCompletenessResult, MealRecordResponse, mealRecordsAPI } from '@/services/api';
import { gamificationAPI } from '@/services/api';
import DishItem from '@/components/meal-plan/DishItem';
import PostCard from '@/components/family-sharing/PostCard';
import ProfileCompletenessAlert from '@/components/ProfileCompletenessAlert';
import { router, useFocusEffect } from 'expo-router';
import { trackingService } from '@/services/trackingService';
export default function MealPlanScreen() {
