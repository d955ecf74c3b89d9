import React, { useState, useRef, useEffect } from 'react';
import { X, Plus, Sparkles, Scale, Utensils, Flame, Loader2, Minus, Search } from 'lucide-react';
import { MealCategory, MealItem, FoodCompositionResult } from '../types';
import { searchFood, analyzeFood } from '../api/endpoints';
export default function AddFoodModal({ isOpen, category, onClose, onAdd }: AddFoodModalProps) {
