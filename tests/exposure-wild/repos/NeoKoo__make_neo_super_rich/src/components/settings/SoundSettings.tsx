import { useState, useEffect } from 'react';
import { Volume2, VolumeX, Bell, BellOff } from 'lucide-react';
import { soundManager, isSoundEnabled, getSoundVolume, setSoundEnabled, setSoundVolume } from '../../utils/soundManager';
export function SoundSettings() {
