import React from 'react';
import { View, Text, TouchableOpacity, StyleSheet } from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { router } from 'expo-router';
import { ProfileCompletenessResult } from '@/services/api';
export default function ProfileCompletenessAlert({ 
