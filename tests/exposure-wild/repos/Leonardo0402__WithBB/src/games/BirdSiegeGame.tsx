import { useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import {
} from 'matter-js';
import { Bird, RefreshCw, SkipForward, Target, Trophy } from 'lucide-react';
export default function BirdSiegeGame() {
