import { useCallback, useEffect, useState } from 'react';
import { Pause, Play, RefreshCw, Trophy } from 'lucide-react';
export default function SnakeGame() {
