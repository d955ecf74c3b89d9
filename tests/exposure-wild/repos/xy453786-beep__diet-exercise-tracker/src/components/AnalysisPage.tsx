import React, { useState, useMemo, useEffect } from 'react';
import { Info, Sparkles, CheckCircle2, TrendingUp, ChevronLeft, ChevronRight } from 'lucide-react';
import {
} from 'recharts';
import { WeightEntry, MealRecord, WorkoutItem } from '../types';
import { calculateBMR, calculateTDEE } from '../utils/metabolism';
import { useAuth } from '../context/AuthContext';
export default function AnalysisPage({
