import React, { useState } from 'react';
import { StyleSheet, TouchableOpacity, View, Text, ActivityIndicator } from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { Dish } from '@/services/api';
import DishReplaceModal from './DishReplaceModal';
import { trackingService } from '@/services/trackingService';
export default DishItem; 
