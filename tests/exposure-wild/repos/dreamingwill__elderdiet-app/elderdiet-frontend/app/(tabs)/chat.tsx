import React, { useState, useRef, useEffect } from 'react';
import {
} from 'react-native';
import { Text, View } from '@/components/Themed';
import { Ionicons } from '@expo/vector-icons';
import AsyncStorage from '@react-native-async-storage/async-storage';
import * as ImagePicker from 'expo-image-picker';
import * as ImageManipulator from 'expo-image-manipulator';
import { Audio } from 'expo-av';
import { chatAPI, ChatRequest, ChatResponse } from '@/services/api';
import { authStorage } from '@/utils/authStorage';
import { useUser } from '@/contexts/UserContext';
import { useFocusEffect } from 'expo-router';
import { trackingService } from '@/services/trackingService';
export default function ChatScreen() {
