import React from 'react';
import { motion } from 'framer-motion';
import { cn } from '@/lib/utils';
import { configManager } from '@/core/config-manager';
export const ChatLayout = ({ children, title, onSettingsClick }: ChatLayoutProps) => {
