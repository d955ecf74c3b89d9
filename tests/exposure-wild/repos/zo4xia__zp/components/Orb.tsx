import React, { useEffect, useRef } from 'react';
import { AppState } from '../types';
export const Orb: React.FC<OrbProps> = ({ state, volume }) => {
