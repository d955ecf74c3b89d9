import React from 'react';
import { Brain, Zap, AlertTriangle } from 'lucide-react';
import { ConceptGraph } from './ConceptGraph';
export function CentralBrain({ conceptMap, isSearching }) {
