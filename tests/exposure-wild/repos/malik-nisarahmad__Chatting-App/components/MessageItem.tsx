// import { LinearGradient } from "expo-linear-gradient";
// import React, { useEffect } from "react";
// import { StyleSheet, Text, View } from "react-native";
// import Animated, {
// } from "react-native-reanimated";
// import {
// } from "react-native-responsive-screen";
// export default function MessageItem({ message, currentUser }: MessageItemProps) {
// import { BlurView } from "expo-blur";
// import { LinearGradient } from "expo-linear-gradient";
// import React, { useEffect } from "react";
// import { Pressable, StyleSheet, Text } from "react-native";
// import Animated, {
// } from "react-native-reanimated";
// import {
// } from "react-native-responsive-screen";
// export default function MessageItem({ message, currentUser }: MessageItemProps) {
// components/MessageItem.tsx  (GLM-4 AI-ready)
import { Ionicons } from '@expo/vector-icons';
import { Audio } from 'expo-av';
import { LinearGradient } from 'expo-linear-gradient';
import React, { useEffect, useState } from 'react';
import {
} from 'react-native';
import Animated, {
} from 'react-native-reanimated';
import {
} from 'react-native-responsive-screen';
export default function MessageItem({ message, currentUser, onDelete }: MessageItemProps) {
