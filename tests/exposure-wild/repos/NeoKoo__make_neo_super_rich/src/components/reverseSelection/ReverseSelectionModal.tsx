import { useState, useEffect, useCallback, useMemo } from 'react'
import { LotteryConfig, NumberSelection } from '../../types/lottery'
import { useReverseSelection } from '../../hooks/useReverseSelection'
import { Button } from '../common/Button'
import { NumberBall } from '../lottery/NumberBall'
import { X, RefreshCw, Trash2, Check, ChevronDown, ChevronUp } from 'lucide-react'
import { soundManager } from '../../utils/soundManager'
export function ReverseSelectionModal({
