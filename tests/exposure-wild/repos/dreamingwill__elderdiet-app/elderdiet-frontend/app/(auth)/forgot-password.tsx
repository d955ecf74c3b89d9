import React, { useState } from 'react';
import {
} from 'react-native';
import { router } from 'expo-router';
import { authAPI, VerifyRelationshipResponse } from '@/services/api';
import { trackingService } from '@/services/trackingService';
export default function ForgotPasswordScreen() {
