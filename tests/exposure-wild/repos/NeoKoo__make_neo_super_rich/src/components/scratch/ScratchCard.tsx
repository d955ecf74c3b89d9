import { useRef, useEffect, useState } from 'react';
import { soundManager } from '../../utils/soundManager';
export function ScratchCard({ children, onReveal, revealed = false, coverText = '刮开查看开奖结果' }: ScratchCardProps) {
