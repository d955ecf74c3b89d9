import React, { useState } from 'react';
import {
} from 'react-native';
import { healthAPI, authAPI } from '@/services/api';
export default function ApiTestScreen() {
