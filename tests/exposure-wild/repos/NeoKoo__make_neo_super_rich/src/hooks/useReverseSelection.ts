import { useState, useCallback, useMemo } from 'react'
import { LotteryConfig, NumberSelection } from '../types/lottery'
import { createNumberPool, NumberPoolManager } from '../utils/numberPoolManager'
export interface ReverseSelectionState {
export interface UseReverseSelectionReturn {
export function useReverseSelection(
