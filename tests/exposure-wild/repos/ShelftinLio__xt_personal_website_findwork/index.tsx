import React, { useState, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import {
} from 'lucide-react';
import { motion, AnimatePresence, useScroll, useTransform, useSpring } from 'framer-motion';
import { xiaotianSkillService } from './src/services/xiaotianSkillService';
import { MarkdownRenderer } from './src/components/MarkdownRenderer';
import { NoteEntry } from './src/data/notesKnowledgeBase';
