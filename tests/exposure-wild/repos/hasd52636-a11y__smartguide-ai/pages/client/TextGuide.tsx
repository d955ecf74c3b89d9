import React, { useState, useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { ICONS } from '../../constants.tsx';
import { useStore } from '../../store.ts';
import { Language, VoiceGender, TTSEngine } from '../../types.ts';
export default TextGuide;
