import React, { useState, useEffect, useRef } from 'react';
import { X, Plus, Minus, Trash2, Sparkles, Scale, Utensils, Loader2, Database } from 'lucide-react';
import { AIDietAnalysis, MealCategory } from '../types';
import type { ZhipuFoodAnalysis } from '../api/zhipu';
import { saveFoodCorrection } from '../api/zhipu';
import { analyzeFood } from '../api/endpoints';
export default function AIScanEditModal({
