import { useRef, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { useTableStore } from '../store/tableStore';
import * as THREE from 'three';
export function TableModel() {
