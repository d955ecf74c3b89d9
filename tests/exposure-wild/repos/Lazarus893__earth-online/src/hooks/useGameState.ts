import { useState, useCallback, useRef } from 'react'
import type { DimensionKey, DimensionData } from '../App'
import { syncToCloud } from '../services/cloudSync'
export interface Quest {
export interface GameEvent {
export function useGameState(patchModifiers?: Record<string, number>) {
