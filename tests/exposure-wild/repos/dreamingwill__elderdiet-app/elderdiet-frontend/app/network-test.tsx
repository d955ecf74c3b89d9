import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { 
} from '@/utils/networkTest';
import { API_BASE_URL } from '@/config/api.config';
export default function NetworkTestScreen() {
