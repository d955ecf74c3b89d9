import React, { useState, useEffect, useRef } from 'react';
import { Send, Loader2, Sparkles } from 'lucide-react';
export function KnowledgePanel({ history = [], isSearching, onSearch }) {
