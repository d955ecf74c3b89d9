import { detectDB } from './lib/audioUtils.js';
import { initAudioAnalyser } from './lib/audioUtils.js';
