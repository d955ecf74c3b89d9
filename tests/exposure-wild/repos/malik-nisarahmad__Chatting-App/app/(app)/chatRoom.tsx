// chatRoom.tsx  (GLM-4 AI-assist edition + keyboard fix)
import ChatRoomHeader from '@/components/ChatRoomHeader';
import CustomKeyboardView from '@/components/CustomKeyboardView';
import MessageList from '@/components/MessageList';
import { useAuth } from '@/context/authContext';
import { db } from '@/firebaseConfig';
import { getRoomId } from '@/utils/comman';
import { Ionicons } from '@expo/vector-icons';
import { Audio } from 'expo-av';
import { BlurView } from 'expo-blur';
import * as FileSystem from 'expo-file-system';
import * as ImagePicker from 'expo-image-picker';
import { LinearGradient } from 'expo-linear-gradient';
import { useLocalSearchParams, useRouter } from 'expo-router';
import {
} from 'firebase/firestore';
import React, { useEffect, useRef, useState } from 'react';
import {
} from 'react-native';
import Animated, {
} from 'react-native-reanimated';
import { heightPercentageToDP as hp } from 'react-native-responsive-screen';
import { askAI } from '../../api/glm4';
export default function ChatRoom() {
