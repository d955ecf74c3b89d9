'use client';
import React, { useState, useEffect } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Mail, ChevronLeft } from 'lucide-react';
import { useRouter } from 'next/navigation';
  export default function LetterDisplay() {
