import { useEffect, useState, useRef } from 'react';
import { createPortal } from 'react-dom';
export function DragonBallAnimation({ trigger, onComplete }: DragonBallAnimationProps) {
