import React, { useState, useEffect } from 'react';
import {
} from 'react-native';
import { pushService, PushSettings } from '../services/pushService';
export const PushSettingsModal: React.FC<PushSettingsModalProps> = ({
