import { useEffect, useState } from 'react';
import type { ChangeEvent, MouseEvent } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Grid3x3, Heart, Image as ImageIcon, LayoutGrid, RefreshCw, Upload, X } from 'lucide-react';
import {
} from '../utils/gallery';
export default function Gallery() {
