import React from 'react';
import { useNavigate } from 'react-router-dom';
import Layout from '../../components/Layout.tsx';
import { ICONS } from '../../constants.tsx';
import { useStore } from '../../store.ts';
import { Project, VoiceGender, LLMProvider, TTSEngine } from '../../types.ts';
export default Dashboard;
