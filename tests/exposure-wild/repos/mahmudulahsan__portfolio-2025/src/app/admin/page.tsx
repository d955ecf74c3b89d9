"use client";
import { useEffect, useState } from 'react';
import { projectService } from '@/data/services/projectService';
import { blogService } from '@/data/services/blogService';
import { achievementService } from '@/data/services/achievementService';
import { experienceService } from '@/data/services/experienceService';
import { educationService } from '@/data/services/educationService';
import { skillService } from '@/data/services/skillService';
import { researchService } from '@/data/services/researchService';
import { contactService } from '@/data/services/contactService';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle, CardFooter } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Layout, FileText, Award, Briefcase, GraduationCap, Code, BookOpen, User, Link as LinkIcon, Plus, Trash2, Save, RefreshCw, Database, Lock } from 'lucide-react';
import { checkSession, verifyPassword } from './actions';
export default function AdminPage() {
