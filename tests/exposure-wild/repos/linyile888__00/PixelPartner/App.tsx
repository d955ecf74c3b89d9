import React, { useState, useEffect } from 'react';
import ParticleBackground from './components/ParticleBackground';
import Survey from './components/Survey';
import PixelWorld from './components/PixelWorld';
import { GameState, UserProfile, Soulmate } from './types';
import { generateSoulmate } from './services/aiService';
export default App;
