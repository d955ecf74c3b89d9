import { useState, useRef, useEffect } from 'react';
import { ArrowRight, Sparkles, ChevronDown, ChevronRight, User, Bot, Settings, X, Save, FolderOpen, Share2 } from 'lucide-react';
import { useTableStore } from '../store/tableStore';
import { generateTableDesign } from '../services/zhipuApi';
import { mockGenerateTableDesign } from '../services/mockApi';
import { SaveDesignDialog } from './SaveDesignDialog';
import { SavedDesignsDrawer } from './SavedDesignsDrawer';
import { SharePosterDialog } from './SharePosterDialog';
export function ConfigPanel() {
