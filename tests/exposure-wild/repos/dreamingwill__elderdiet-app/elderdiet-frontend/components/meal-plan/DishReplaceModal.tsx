import React, { useState } from 'react';
import {
} from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { trackingService } from '@/services/trackingService';
export default DishReplaceModal; 
