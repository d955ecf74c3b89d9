import React, { useState, useEffect } from 'react';
import { X, Plus, Sparkles, Timer, Flame, Loader2 } from 'lucide-react';
import { WorkoutItem } from '../types';
import { estimateWorkout } from '../utils/met-table';
export default function AddWorkoutModal({ isOpen, onClose, onAdd, weight }: AddWorkoutModalProps) {
