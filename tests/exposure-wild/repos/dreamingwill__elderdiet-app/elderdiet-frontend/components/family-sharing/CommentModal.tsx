import React, { useState, useEffect, useCallback } from 'react';
import { 
} from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { mealRecordsAPI } from '@/services/api';
import { useAuth } from '@/hooks/useAuth';
import UserAvatar from './UserAvatar';
import { trackingService } from '@/services/trackingService';
export default function CommentModal({ 
