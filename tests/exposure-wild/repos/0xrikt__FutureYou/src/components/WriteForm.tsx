'use client';
import React, { useState } from 'react';
import { useRouter } from 'next/navigation';
import { RadioGroup } from '@headlessui/react';
import { Loader2, User, CalendarDays, GitFork, FileText } from 'lucide-react';
import { AIService } from '@/lib/ai';
import { InfoDialog } from './InfoDialog';
export default function WriteForm() {
