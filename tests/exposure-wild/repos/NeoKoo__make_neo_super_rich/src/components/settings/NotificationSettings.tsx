import { useState, useEffect } from 'react';
import { Bell, BellOff, Clock, Plus, Trash2 } from 'lucide-react';
import { 
} from '../../utils/notificationManager';
import { getNextDrawTime, formatDrawTime } from '../../constants/lotterySchedule';
import { soundManager } from '../../utils/soundManager';
export function NotificationSettings() {
