import { useEffect, useState } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Heart, MessageCircle, Quote, Send, Sparkles, Trash2 } from 'lucide-react';
export default function Messages() {
