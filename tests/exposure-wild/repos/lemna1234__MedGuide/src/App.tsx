import { useState, useRef, useEffect } from 'react';
import { motion, AnimatePresence } from 'motion/react';
import { 
} from 'lucide-react';
import { HospitalAgentService, ChatMessage } from './services/glmService';
import { hospitalDepartments } from './data/hospitalData';
export default function App() {
