import React, { useState, useEffect, useRef, useMemo } from 'react';
import { UserProfile, Soulmate } from '../types';
import { getAiResponse } from '../services/aiService';
export default PixelWorld;
