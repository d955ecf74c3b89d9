'use client';
import React, { useState } from 'react';
import { personas } from '@/data/personas';
import { createAIAdapter } from '@/lib/ai-adapters';
import { ModelProvider, EvalResult, UploadedImage, ImageEval, Persona } from '@/types';
import ImageAnnotation from '@/components/ImageAnnotation';
export default function HomePage() {
                    <option value="zhipu">🟡 Zhipu GLM-4V</option>
