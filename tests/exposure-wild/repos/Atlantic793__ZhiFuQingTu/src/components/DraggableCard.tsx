import { useCallback, useRef, useState } from 'react';
import { useSpringSnap } from '../hooks/useSpringSnap';
export default function DraggableCard({
