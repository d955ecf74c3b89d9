'use client';
import React, { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { ArrowRight, Sparkles, Bot, Workflow } from 'lucide-react';
import { Button } from '@/components/ui/button';
export const HeroSection: React.FC = () => {
