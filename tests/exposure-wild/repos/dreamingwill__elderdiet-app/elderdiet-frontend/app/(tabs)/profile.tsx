import React, { useEffect, useState } from 'react';
import {
} from 'react-native';
import { Ionicons } from '@expo/vector-icons';
import { router, useFocusEffect } from 'expo-router';
import * as ImagePicker from 'expo-image-picker';
import { useUser } from '../../contexts/UserContext';
import { useProfile } from '../../hooks/useProfile';
import { familyAPI, FamilyMember, profileAPI, authAPI, AddFamilyMemberRequest } from '../../services/api';
import { trackingService } from '@/services/trackingService';
export default function MeScreen() {
