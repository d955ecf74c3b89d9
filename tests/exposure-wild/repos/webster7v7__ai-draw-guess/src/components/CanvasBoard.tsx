'use client';
import React, { useRef, useState, useEffect, useCallback } from 'react';
import { Trash2, Brush, Eraser, Undo2 } from 'lucide-react';
import { cn } from '@/lib/utils';
export default function CanvasBoard({ onExport, className }: CanvasBoardProps) {
