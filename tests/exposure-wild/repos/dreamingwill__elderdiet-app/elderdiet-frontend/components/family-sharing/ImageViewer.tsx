import React, { useState } from 'react';
import {
} from 'react-native';
import { Image } from 'react-native';
import { Ionicons } from '@expo/vector-icons';
export default function ImageViewer({
