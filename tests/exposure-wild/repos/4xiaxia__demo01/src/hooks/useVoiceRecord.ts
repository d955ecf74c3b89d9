import { useState, useRef, useCallback } from 'react';
export const useVoiceRecord = (): VoiceRecordReturn => {
