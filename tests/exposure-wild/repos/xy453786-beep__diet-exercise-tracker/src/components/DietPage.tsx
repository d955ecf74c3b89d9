import React from 'react';
import { Plus, Trash2, Scale } from 'lucide-react';
import { MealRecord, MealCategory, MealItem } from '../types';
export default function DietPage({
