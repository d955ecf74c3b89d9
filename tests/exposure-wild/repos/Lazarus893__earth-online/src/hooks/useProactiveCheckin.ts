import { useState, useEffect, useCallback, useRef } from 'react'
import type { DimensionKey, DimensionData } from '../App'
import type { Quest } from './useGameState'
import {
} from '../data/checkinMessages'
export function useProactiveCheckin(
