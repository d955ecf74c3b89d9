import { useState, useRef, useEffect } from 'react';
import { Send, User, Bot, X } from 'lucide-react';
import { useTableStore } from '../store/tableStore';
export function ChatInterface() {
