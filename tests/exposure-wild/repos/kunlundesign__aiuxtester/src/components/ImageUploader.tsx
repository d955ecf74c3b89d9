'use client';
import React, { useCallback, useState } from 'react';
import { UploadedImage } from '@/types';
export default function ImageUploader({ 
