import { useEffect, useState } from 'react';
import { Eye, RefreshCw, Timer } from 'lucide-react';
import { getMemoryPhotoPool } from '../utils/gallery';
export default function MemoryMatchGame() {
