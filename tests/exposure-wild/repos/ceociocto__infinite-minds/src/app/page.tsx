'use client';
import { HeroSection } from '@/components/HeroSection';
import { Github, Linkedin, Twitter, Mail, Cpu, Palette, Code, BarChart3 } from 'lucide-react';
export default function Home() {
