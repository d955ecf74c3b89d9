import React, { useState } from 'react';
import { motion, AnimatePresence } from 'motion/react';
import { Sparkles, ChevronRight, Check, Activity } from 'lucide-react';
import { useAuth } from '../context/AuthContext';
import type { ActivityLevel } from '../utils/metabolism';
export default function OnboardingPage() {
