import React, { useState } from 'react';
import { Sparkles, Calendar, Heart, ShieldAlert, Dumbbell, Save, ArrowLeft, Plus } from 'lucide-react';
import { AIDietAnalysis, MealCategory, MealItem } from '../types';
export default function AIResultPage({ analysisData, defaultCategory = 'lunch', onSaveToLog, onBack }: AIResultPageProps) {
