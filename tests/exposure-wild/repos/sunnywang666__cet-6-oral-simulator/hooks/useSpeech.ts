import { useState, useEffect, useCallback, useRef } from 'react';
import { SpeechMetrics } from '../types';
export const useSpeech = () => {
export const useTTS = () => {
