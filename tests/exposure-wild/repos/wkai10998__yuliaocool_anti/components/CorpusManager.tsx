import React, { useState, useMemo, useEffect } from 'react';
import { ArrowLeft, Search, Trash2, Edit2, Plus, Tag, MoreVertical, Download, Sparkles, Gift } from 'lucide-react';
import { Button } from './Button';
import { CorpusItem } from '../types';
export const CorpusManager: React.FC<CorpusManagerProps> = ({
