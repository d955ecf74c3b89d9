import { Entypo, Ionicons } from '@expo/vector-icons';
import { LinearGradient } from 'expo-linear-gradient';
import { Stack } from 'expo-router';
import { addDoc, collection, onSnapshot, orderBy, query, serverTimestamp } from 'firebase/firestore';
import React, { useEffect, useRef, useState } from 'react';
import { Alert, FlatList, KeyboardAvoidingView, Platform, StyleSheet, Text, TextInput, TouchableOpacity, View } from 'react-native';
import { heightPercentageToDP as hp, widthPercentageToDP as wp } from 'react-native-responsive-screen';
import { askAI } from '../../api/glm4';
import { useAuth } from '../../context/authContext';
import { db } from '../../firebaseConfig';
export default function BotScreen() {
      // GLM-4
        senderName: 'GLM-4 Bot',
              placeholder="Ask GLM-4…"
