import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
export function ShenlongSummon({ trigger, onComplete }: ShenlongSummonProps) {
