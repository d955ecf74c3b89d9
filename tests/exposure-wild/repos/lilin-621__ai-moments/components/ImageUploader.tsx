'use client';
import { useState, useRef, useCallback } from 'react';
export default function ImageUploader({ 
