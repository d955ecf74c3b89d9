import React, { useState, useEffect } from 'react';
import { PerspectiveHistory, AppState, PersonaType } from '../types';
import { submitPerspectiveFeedback } from '../services/supabaseService';
import { clearAllPerspectivePools } from '../services/geminiService';
import { useUser } from '../contexts/UserContext';
export const DevFeedbackUI: React.FC<DevFeedbackUIProps> = ({ currentSnippet, selectedPersona, setAppState }) => {
    if (!import.meta.env.DEV || !currentSnippet) {
