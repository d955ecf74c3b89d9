import { useState, useEffect, useRef, useCallback } from 'react'
export interface AudioSystemState {
export interface AudioSystemActions {
export function useAudioSystem(bgmSrc?: string): AudioSystemState & AudioSystemActions {
