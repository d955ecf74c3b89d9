import { Ionicons } from '@expo/vector-icons';
import * as FileSystem from 'expo-file-system';
import { Image } from 'expo-image';
import * as ImagePicker from 'expo-image-picker';
import { LinearGradient } from 'expo-linear-gradient';
import React, { useEffect, useState } from 'react';
import {
} from 'react-native';
import Animated, {
} from 'react-native-reanimated';
import { heightPercentageToDP as hp } from 'react-native-responsive-screen';
import { useSafeAreaInsets } from 'react-native-safe-area-context';
import { useAuth } from '../context/authContext';
import { db } from '../firebaseConfig';
import { CLOUD_NAME, UPLOAD_PRESET } from '../utils/cloudinary';
import blurhash from '../utils/comman';
export default function HomeHeader() {
      const { updateDoc, doc } = await import('firebase/firestore');
                      : require('../assets/images/favicon.png')
