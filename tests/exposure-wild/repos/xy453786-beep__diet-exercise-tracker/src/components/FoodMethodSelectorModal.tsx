import React from 'react';
import { X, Sparkles, ClipboardPen } from 'lucide-react';
import { MealCategory } from '../types';
export default function FoodMethodSelectorModal({
