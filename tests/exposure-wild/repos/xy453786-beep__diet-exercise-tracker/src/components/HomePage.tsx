import React, { useState } from 'react';
import { Sparkles, Droplet, Flame, ArrowRight, X, Plus, Utensils, Dumbbell } from 'lucide-react';
import { WeightEntry, MealRecord, WorkoutItem, MealCategory } from '../types';
import { motion, AnimatePresence } from 'motion/react';
import { calculateBMR, calculateTDEE } from '../utils/metabolism';
import { useAuth } from '../context/AuthContext';
export default function HomePage({
