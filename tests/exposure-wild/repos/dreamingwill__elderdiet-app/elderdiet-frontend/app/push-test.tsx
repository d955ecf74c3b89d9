import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { pushService } from '@/services/pushService';
import { API_BASE_URL } from '@/config/api.config';
import AsyncStorage from '@react-native-async-storage/async-storage';
import * as Device from 'expo-device';
import * as Notifications from 'expo-notifications';
export default function PushTestScreen() {
