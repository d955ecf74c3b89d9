import { HistoryRecord } from '../../types/history';
import { CopyButton } from '../common/CopyButton';
import { ScratchCard } from '../scratch/ScratchCard';
import { NumberBall } from '../lottery/NumberBall';
import { useState } from 'react';
export function HistoryItem({ record, onDelete }: HistoryItemProps) {
