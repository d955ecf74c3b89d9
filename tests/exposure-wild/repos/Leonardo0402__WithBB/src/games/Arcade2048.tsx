import { useCallback, useEffect, useRef, useState } from 'react';
import { RefreshCw, Trophy } from 'lucide-react';
export default function Arcade2048() {
