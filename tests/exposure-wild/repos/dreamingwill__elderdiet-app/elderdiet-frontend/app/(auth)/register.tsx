import React, { useState } from 'react';
import {
} from 'react-native';
import { useRouter } from 'expo-router';
import { useUser } from '../../contexts/UserContext';
export default function RegisterScreen() {
