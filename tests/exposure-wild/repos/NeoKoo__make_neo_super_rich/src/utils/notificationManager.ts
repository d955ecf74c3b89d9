import { Reminder, NotificationSettings } from '../types/notifications';
import { getNextDrawTime, formatDrawTime } from '../constants/lotterySchedule';
import { soundManager } from './soundManager';
export const notificationManager = NotificationManager.getInstance();
export const addReminder = (reminder: Omit<Reminder, 'id'>) => 
export const removeReminder = (id: string) => 
export const updateReminder = (id: string, updates: Partial<Reminder>) => 
export const getReminders = () => 
export const getNotificationSettings = () => 
export const updateNotificationSettings = (updates: Partial<NotificationSettings>) => 
export const createDefaultReminders = () => 
export const clearAllReminders = () => 
