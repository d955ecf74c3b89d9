import React, { useState, useEffect } from 'react';
import { StyleSheet, TouchableOpacity, ActivityIndicator, Alert } from 'react-native';
import { Text, View } from '@/components/Themed';
import { Ionicons } from '@expo/vector-icons';
import { Image } from 'react-native';
import { MealRecordResponse, mealRecordsAPI } from '@/services/api';
import { useAuth } from '@/hooks/useAuth';
import CommentModal from './CommentModal';
import UserAvatar from './UserAvatar';
import ImageViewer from './ImageViewer';
import { trackingService } from '@/services/trackingService';
export default function PostCard({ record, onLikeToggle, onCommentAdded, onVisibilityToggle, onRecordUpdate }: PostCardProps) {
