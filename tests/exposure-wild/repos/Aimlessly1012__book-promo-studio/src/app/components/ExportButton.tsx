'use client';
import { useState } from 'react';
import JSZip from 'jszip';
import { useStore } from '@/lib/store';
export default function ExportButton() {
