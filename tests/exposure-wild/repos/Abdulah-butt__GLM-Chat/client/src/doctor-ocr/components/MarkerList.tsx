import { useMemo, useState } from 'react';
import type { AnalyzedMarker, MarkerStatus } from '../types';
export const STATUS_PRESENTATION: Record<MarkerStatus, { label: string; icon: string; tone: string }> = {
export const MarkerList = ({ markers }: { markers: AnalyzedMarker[] }): JSX.Element => {
