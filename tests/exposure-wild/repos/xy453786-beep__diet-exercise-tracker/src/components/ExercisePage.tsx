import React, { useState, useMemo, useRef, useLayoutEffect } from 'react';
import { Plus, Timer, Heart, Activity, Flame, Trash2, ChevronDown, ChevronLeft, ChevronRight } from 'lucide-react';
import { WorkoutItem } from '../types';
export default function ExercisePage({
