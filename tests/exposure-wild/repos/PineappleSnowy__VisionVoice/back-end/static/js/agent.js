import { initAudioAnalyser, detectDB } from './lib/audioUtils.js';
