import React, { useState, useEffect } from 'react';
import KwaKwa from './components/KwaKwa';
import FlipCard from './components/FlipCard';
import { identifySong, analyzeSong } from './services/zhipuService';
import { AppState, SongMetadata, PraiseContent, KwaKwaState, DAILY_LIMIT } from './types';
export default App;
