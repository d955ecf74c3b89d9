'use client';
import React, { useState } from 'react';
import { UploadedImage, EvalResult, Persona, Issue, ImageEval } from '@/types';
export default function ResultsView({ results, persona, images, onRerun, analysisType }: ResultsViewProps) {
