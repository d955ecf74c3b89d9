import { useLocalSearchParams } from 'expo-router';
import React, { useState, useEffect } from 'react';
import { StyleSheet, ScrollView, TouchableOpacity, Image, Alert } from 'react-native';
import { Text, View } from '@/components/Themed';
import { Ionicons } from '@expo/vector-icons';
import { recipes } from '@/data/recipes';
import { storage } from '@/utils/storage';
import { trackingService } from '@/services/trackingService';
export default function RecipeScreen() {
